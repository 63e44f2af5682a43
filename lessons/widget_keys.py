from app.frame.lesson import how_it_works, lesson_header, pitfalls, show_snippet

lesson = lesson_header(
    "widget-keys",
    "## A key makes the widget's value a state key",
)
show_snippet(lesson, "widget_keys.py")

how_it_works(
    """
A widget created with `key="env"` stores its current value in `st.session_state.env`.
There is nothing to sync: read the key anywhere in the script, or set it in a callback (or
before the widget is created) to change what the widget shows. Watch the inspector in the
sidebar: `project_name` and `env` appear as soon as the widgets are drawn.
""",
    "## A keyed widget that also gets `value=`",
    'Here the key already holds `"Data"` and the widget is given `value="Platform"`. '
    "The widget shows **Data**: when the key already has a value in session state, Streamlit "
    "uses it and ignores `value=`. The only sign is a warning in the server's log, written "
    "once per server process (from Streamlit 1.56 on; older releases show it on the page too, "
    "which is why this snippet says it needs 1.56).",
)
show_snippet(lesson, "widget_keys_value_conflict.py")

pitfalls(
    [
        "Give a keyed widget its starting value in one place only: initialize the key, *or* "
        "pass `value=`/`index=`/`default=`, not both.",
        "Two widgets with the same key raise `StreamlitDuplicateElementKey`.",
        "A keyed widget's value is dropped when the widget is not drawn in a run (for example on "
        "another page); see the multipage lesson for the fixes.",
        "Keys must be the same on every rerun: a key built from changing data creates a new, "
        "empty widget each time.",
    ]
)
