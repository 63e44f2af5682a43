import streamlit as st

from components.lesson import how_it_works, lesson_header, pitfalls, show_snippet

lesson = lesson_header("quick-start")

st.header("The counter", anchor=False)
show_snippet(lesson, "counter.py")

how_it_works(
    """
1. A click on **Increment** reruns the whole script from the top.
2. The guard `if "count" not in st.session_state` only sets `count` on the very first run of
   the session; on every later run the key already exists and is left alone.
3. `st.button` returns `True` for exactly the one rerun its click caused, so the counter goes
   up by one and `st.write` shows the new value in the same run.
"""
)

st.header("The same counter without session state", anchor=False)
st.markdown(
    "A plain variable is created again on every rerun. Click as often as you like: "
    "this one never gets past 1."
)
show_snippet(lesson, "counter_without_state.py")

st.header("Clicking faster than the app reruns", anchor=False)
st.markdown("The same counter, with the increment moved into an `on_click` callback.")
show_snippet(lesson, "counter_callback.py")
st.markdown(
    """
**Measured** with `python -m bench` in Chromium on this page, on a busy 2-core machine where
a click took 65 to 80 ms to show its result: of 20 clicks sent as fast as the browser takes
them (100 to 275 a second), the `if st.button` counter counted 2 to 5 and the callback
counter 2 to 7 (two runs of 3 bursts each). At one click every 100 ms, both counted all 20.
The callback does not help.

**Why:** every click asks the server for a rerun. Requests that arrive while another one is
still waiting are merged into a single rerun, and a button's "pressed" flag survives the merge
only once.

**What you can do:**
- Nothing, for an ordinary button: clicks are lost only when they come faster than the page
  reruns, and people rarely click that fast.
- When every press must count (a quantity, a score), keep the number in a widget's value
  instead of counting clicks: `st.number_input("Quantity", step=1)` sends its newest value,
  and a merge keeps the newest value.
"""
)

pitfalls(
    [
        "Setting `st.session_state.count = 0` without the guard resets the counter on every "
        "rerun: the click is counted, then thrown away on the next run.",
        "Session state belongs to one browser tab's session: another tab, or a reload, starts "
        "again at 0.",
        "The value lives in the server's memory, so it is gone when the server restarts.",
    ]
)
