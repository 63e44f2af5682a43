from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet

lesson = lesson_header(
    "toggle",
    "## A button that flips a flag",
    "`show_advanced` remembers whether the section is open. Tick a box, close the section, "
    "open it again: the boxes are unticked. Unkeyed widgets that are not drawn in a run lose "
    "their value.",
)
show_snippet(lesson, "toggle_advanced.py")

prose(
    "## A keyed toggle that remembers the hidden values",
    "`st.toggle` with a key replaces the flag and the button. Each checkbox has a key and "
    '`persist_state="page"`, so its value is kept while the section is closed and comes back '
    "when it opens. The line under the checkboxes reads the keys even while they are hidden.",
)
show_snippet(lesson, "toggle_switch.py")

how_it_works(
    """
1. The first snippet keeps a plain boolean, `show_advanced`. The click reruns the script and
   `st.button` returns `True` for that one run, so the flag flips *before* the `if` that reads it.
2. A widget that is not drawn in a run is cleaned up: its value is dropped. Reopening the section
   creates fresh checkboxes with their defaults.
3. In the second snippet the toggle's key is the flag. `persist_state="page"` (it needs a `key`)
   tells Streamlit to keep a hidden widget's value for as long as the user stays on this page;
   `"session"` would keep it across page switches too. `persist_state` is a recent addition to
   Streamlit; in 1.67, which this app pins, most input widgets accept it (`st.file_uploader`
   does not).
4. Without `persist_state`, copy each value into a key of your own (no widget uses it) in an
   `on_change` callback, and pass it back as the widget's `value=` when the section reopens.
"""
)

pitfalls(
    [
        "`if st.button(...)` placed *below* the `if show_advanced:` block flips the flag after "
        "the section was drawn: the page lags one click behind.",
        "`persist_state` needs a `key`; two widgets with the same label and no key get the same "
        "id, so give each one a key anyway.",
        '`persist_state="page"` forgets the values when the user switches to another page; use '
        '`"session"` if they must survive that.',
        "Deleting a key (or **Reset this lesson**) resets its widget to the default, even while "
        "the widget is hidden.",
    ]
)
