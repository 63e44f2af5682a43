from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)

lesson = lesson_header(
    "widget-identity",
    "From one run to the next, Streamlit finds a widget's value again by the widget's "
    "**identity**. Without a key, the identity is made of the widget's type and the "
    "parameters that describe it (label, options, default, placeholder, help, ...), so "
    "changing one of those makes a new widget with its default value. `disabled`, "
    "`label_visibility`, `on_change` and `args` are not part of it, and `format_func` counts "
    "only through the option labels it returns. With a key, the key is the identity and most "
    "parameters can change.",
    "**Try it:** type in both boxes, then flip the switch.",
)
show_snippet(lesson, "widget_identity_small.py")
prose(
    "## The complete pattern: every parameter",
    "Move all four widgets, then flip one switch.",
)
show_snippet(lesson, "widget_identity_panel.py")

prose(
    "## What still resets a keyed widget",
    """
A few parameters stay part of the identity even with a key, because a new value could make the
stored one invalid. On Streamlit 1.67:

| Widget | Parameters that still reset it, key or not |
|---|---|
| `st.slider` | `min_value`, `max_value`, `step` |
| `st.selectbox` | `accept_new_options` |
| `st.multiselect` | `max_selections`, `accept_new_options` |
| `st.text_input` | `max_chars`, `validate` |
| `st.text_area` | `max_chars` |
| `st.number_input`, `st.radio`, `st.checkbox`, `st.toggle` | none |

A keyed select box or radio whose stored option is no longer in `options` goes back to its
default. Keyed identity arrived widget by widget between Streamlit 1.50 and 1.54; before, a key
did not stop a parameter change from resetting the widget.
""",
    "## Keyed widgets inside a condition",
    "A key does not keep a widget that is not drawn. Type two discounts, turn the switch off and "
    "on again: the first one is back to 5, the one with `persist_state` (Streamlit 1.66 or "
    "newer) kept its value.",
)
show_snippet(lesson, "widget_identity_condition.py")
lesson_link("toggle", "More on hidden widgets: Show and hide a section")

prose(
    "## A key that changes every run",
    "A key built from something that changes, such as `uuid4()`, the time or a row count, is a "
    "new identity every time it changes: the widget starts over with its default. Build keys "
    "from stable names or ids. The troubleshooting lesson shows it live.",
)
lesson_link("troubleshooting", "Troubleshooting: why does my text input keep resetting?")

how_it_works(
    """
1. Every widget gets an id when it is drawn. Without a key, Streamlit computes it from the
   widget type and its parameters (label, options, default, placeholder, help, ...); with a
   key, from the key plus the few parameters in the table above.
2. The value is stored under that id. A run that draws a widget with a new id finds nothing
   stored, so the widget shows its default; the old id is cleaned up at the end of the run.
3. The panel keeps the values from the previous run in `wid_before`. After a switch, it
   compares them with the new values: different means the widget was reset.
4. A keyed widget that keeps its id also ignores a new default: the stored value wins, even
   if the user never touched the widget.
"""
)

pitfalls(
    [
        'Building a label from data (`f"Orders ({len(df)})"`) resets an unkeyed widget '
        "whenever the data changes. Give it a key.",
        "Two unkeyed widgets with the same parameters get the same id and raise "
        "`StreamlitDuplicateElementId`; a key tells them apart.",
        "A new `value=` does not move a keyed widget. To change it from code, write "
        "`st.session_state[key]` in a callback.",
        "Tabs, expanders and popovers that keep state (`on_change`) are different: their label "
        "stays part of the identity even with a key, so renaming one resets it.",
    ]
)
