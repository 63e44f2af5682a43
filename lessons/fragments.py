import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    show_snippet,
)

lesson = lesson_header(
    "fragments",
    "A function decorated with `@st.fragment` reruns **on its own** when you use a widget "
    "inside it: the rest of the page is left as it was. Session state is shared by both.",
)

basics, results, scope, polling, two = st.tabs(
    ["Fragment vs page", "Results out", "Rerun scope", "Polling", "Two fragments"]
)

with basics:
    st.markdown(
        "Click **Add one inside** a few times: the fragment's count and run counter go up, "
        "the page run counter on the left does not move. Click **Add one outside**: the whole "
        "page reruns, and the fragment runs with it."
    )
    show_snippet(lesson, "fragments_counters.py")
    st.caption(
        "The state inspector in the sidebar is drawn by the page, outside the fragment: it "
        "catches up on the next full rerun."
    )

with results:
    st.markdown(
        "**Broken:** pick a size and click **Use this size**. Nothing happens: the click "
        "reran only the fragment, and the value it returned went nowhere. A fragment's "
        "return value reaches the page only during a full run."
    )
    show_snippet(lesson, "fragments_return_lost.py")
    st.markdown(
        "**Fixed:** the fragment writes the result into session state, where the page reads "
        "it, and calls `st.rerun()` so the page is drawn again with it right away."
    )
    show_snippet(lesson, "fragments_return_state.py")

with scope:
    st.markdown(
        "The count is drawn above the buttons, so a click needs a rerun to show it. "
        '**Add, rerun fragment** (`st.rerun(scope="fragment")`) redraws the basket only: '
        "the page run counter and the page's line below stay as they were. **Add, rerun app** "
        "(`st.rerun()`) redraws everything. **Refresh the basket from outside** is a button "
        'outside the fragment whose callback calls `st.rerun("frag_basket_box")`, the '
        "fragment's `key` (`key=` is Streamlit 1.63+, but this snippet needs 1.64: its test "
        "fails on 1.63): only the basket reruns. Type a note first: it "
        "keeps its value through both kinds of rerun."
    )
    show_snippet(lesson, "fragments_rerun_scope.py")
    st.caption(
        "**Fragment runs** goes up by 2 for each **Add** button: the click runs the fragment "
        "once, and the `st.rerun` in it runs the fragment again (within a full run, for **Add, "
        "rerun app**). **Refresh the basket from outside** adds 1: its callback turns the "
        "click's run into a run of the fragment alone."
    )

with polling:
    st.markdown(
        "**Start a job** (it takes 20 seconds), then watch: the fragment reruns every second "
        "(`run_every`), writes the progress into session state and the page does not rerun. "
        "Switch **Poll every second** off: the switch is outside the fragment, so the page "
        "reruns and draws the fragment without `run_every`, and the bar stops. At 100 % the "
        "fragment calls `st.rerun()`: the page shows the result and polling ends."
    )
    show_snippet(lesson, "fragments_polling.py")
    st.markdown(
        "**On a page switch** the browser stops the timer, because the fragment is no longer "
        "on the page. The job's start time is in session state and the switch keeps its value "
        '(`persist_state="session"`), so when you come back the bar catches up and polling '
        "resumes. Try it with this link and your browser's back button:"
    )
    lesson_link("multipage")

with two:
    st.markdown(
        "**Broken:** both fragments write one key. Click **One more tea** twice, then **One "
        "more coffee** once: the coffee box says 3 cups, the tea box still says 2. Each box "
        "redraws only on its own reruns, so neither shows what the other wrote."
    )
    show_snippet(lesson, "fragments_shared_key.py")
    st.markdown(
        "**Fixed:** each fragment owns its key and is the only one to write it; the page adds "
        "them up on a full rerun."
    )
    show_snippet(lesson, "fragments_own_keys.py")

how_it_works(
    """
- A widget inside a fragment reruns only that fragment's function. Everything outside it stays
  on screen unchanged, including what the page computed from state: it is **not** recomputed
  until the next full rerun.
- A full rerun (a widget outside, `st.rerun()`) runs the whole script, and the fragment with it.
  Its widgets keep their values, like any widget drawn again with the same key.
- Session state is how results get out: a fragment writes a key, the page reads it on its next
  run.
- `st.rerun(scope="fragment")` reruns the current fragment; `st.rerun()` the whole page;
  `st.rerun("<key>")` from a widget callback reruns the fragment declared with
  `@st.fragment(key="<key>")` (1.63+).
- `run_every` makes the browser ask for a fragment rerun on a timer, as long as the fragment
  is on the page.
"""
)
pitfalls(
    [
        "Reading a fragment's return value on the page: it is ignored during fragment reruns.",
        '`st.rerun(scope="fragment")` during a full run raises '
        "`StreamlitInvalidLayoutContextError`; it only works during the fragment's own rerun.",
        '`st.rerun("<key>")` works only inside a widget callback, and the key must belong to a '
        "fragment drawn on the page.",
        "Two fragments writing one key: each shows a stale value. Give each fragment its own keys.",
        "A `run_every` fragment keeps the session busy: give the learner a switch to stop it.",
    ]
)
lesson_link("dialogs")
