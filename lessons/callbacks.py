import streamlit as st

from app.frame import timeline
from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet

lesson = lesson_header("callbacks")
timeline.start_run()

prose("## on_click: save a cleaned-up name")
show_snippet(lesson, "callbacks_save_name.py", trace=True)

prose(
    "## The order of execution",
    "Every function the demos on this page define is traced. Click **Save**: the callback runs "
    "*before* the script run that follows the click starts, so the script already sees "
    "`submitted_name` on its way down.",
)
timeline_box = st.container()

how_it_works(
    """
1. The user clicks **Save**. The browser sends the new widget values to the server.
2. Streamlit calls `save_name()` **first**; it reads `name` and writes `submitted_name`.
3. Then the script reruns from the top, and `st.text` shows the value the callback wrote.

Without a callback you would write `if st.button("Save"): ...` *below* the place that reads
the value, and the first click would show stale data (see Troubleshooting).
""",
    "## on_change: keep two inputs in sync",
    "Change either number: its callback converts and writes the *other* widget's key. That is "
    "allowed in a callback, because callbacks run before any widget is created. Both inputs "
    "have `min_value` and `max_value`: the browser marks a number outside the range in red and "
    "does not send it, and a number it cannot read (`1e400`) empties the field and changes "
    "nothing else.",
)
show_snippet(lesson, "callbacks_on_change.py", trace=True)

prose("## Passing arguments: args and kwargs")
show_snippet(lesson, "callbacks_args.py", trace=True)

pitfalls(
    [
        "`on_click=save_name()` (with parentheses) calls the function while the page is drawn "
        "and passes its return value; pass the function itself.",
        "A callback sees the widget values of the interaction that triggered it; read them from "
        "`st.session_state`, not from variables of the previous run.",
        "Inside `st.form`, only `st.form_submit_button` may have a callback.",
    ]
)

timeline.finish_run()
with timeline_box:
    timeline.show_timeline()
