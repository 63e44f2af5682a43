from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)

lesson = lesson_header(
    "quick-start",
    "## The counter",
)
show_snippet(lesson, "counter.py")

how_it_works(
    """
1. A click on **Increment** reruns the whole script from the top.
2. The guard `if "count" not in st.session_state` only sets `count` on the very first run of
   the session; on every later run the key already exists and is left alone.
3. `st.button` returns `True` for exactly the one rerun its click caused, so the counter goes
   up by one and `st.write` shows the new value in the same run.
""",
    "## The same counter without session state",
    "A plain variable is created again on every rerun. Click as often as you like: "
    "this one never gets past 1.",
)
show_snippet(lesson, "counter_without_state.py")

prose(
    "## The same counter with a callback",
    "The increment moves into a function passed as `on_click`. Streamlit calls it *before* the "
    "script reruns, so every line of the run already sees the new value: the pattern the next "
    "lesson is about.",
)
show_snippet(lesson, "counter_callback.py")
lesson_link("callbacks")

pitfalls(
    [
        "Setting `st.session_state.count = 0` without the guard resets the counter on every "
        "rerun: the click is counted, then thrown away on the next run.",
        "Session state belongs to one browser tab's session: another tab, or a reload, starts "
        "again at 0.",
        "The value lives in the server's memory, so it is gone when the server restarts.",
    ]
)
