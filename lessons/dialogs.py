import streamlit as st

from app.frame.lesson import (
    how_it_works,
    lesson_header,
    lesson_link,
    pitfalls,
    prose,
    show_snippet,
)

lesson = lesson_header(
    "dialogs",
    "A function decorated with `@st.dialog` opens as a modal when you call it. It cannot "
    "return anything to the page: it writes its result into session state and closes with "
    "`st.rerun()`, and the page reads the result on that next run.",
    "## The smallest version",
    "Change the name and **Save**: the button's callback writes the name into session state, "
    "and `st.rerun()` closes the dialog.",
)
show_snippet(lesson, "dialogs_small.py")
prose("## The complete pattern: confirm, edit, dismiss")

confirm, edit, dismiss = st.tabs(["Confirm a delete", "Edit an item", "Dismissing"])

with confirm:
    st.markdown(
        "Click **Delete** next to an item, then confirm or cancel in the dialog. The button's "
        "callback updates the list and the message; `st.rerun()` closes the dialog, because "
        "the next run does not call it."
    )
    show_snippet(lesson, "dialogs_confirm_delete.py")

with edit:
    st.markdown(
        "Click **Edit**, change the name and price, and **Save**. Clear the name and save: the "
        "dialog stays open with a message and the item is unchanged."
    )
    show_snippet(lesson, "dialogs_edit_item.py")

with dismiss:
    st.markdown(
        "Open the dialog, type a draft, and close it with **Esc**, the **X** or a click "
        "outside. What happens depends on `on_dismiss`:\n"
        "- `ignore` (the default): no rerun, the page run counter stays. Open it again: the "
        "draft is still there if it was sent, with Enter or by the **X** or a click outside, "
        "which take the focus from the field and so send it first. **Esc** closes without "
        "sending: a draft typed without Enter is lost.\n"
        "- `rerun`: the page reruns without the dialog, so its widgets are dropped. Open it "
        "again: the draft is empty.\n"
        "- a callback: it runs first (the dismissal count goes up), then the page reruns.\n\n"
        "With `dismissible=False` there is no **X**, and Esc does nothing: only **Done** "
        "(`st.rerun()`) closes it."
    )
    show_snippet(lesson, "dialogs_dismiss.py")

how_it_works(
    """
- A dialog is a fragment drawn in a modal: a widget inside it reruns only the dialog function,
  with the arguments it was opened with.
- The dialog is open as long as the runs call its function. The opening button is `True` for
  one run only, so the next full run (`st.rerun()`) closes it.
- Callbacks on the dialog's buttons run before that rerun: the page finds the result in
  session state.
- Widgets inside the dialog follow the usual rule: a full run that does not draw them drops
  their values. Dismissing with `on_dismiss="ignore"` does not rerun, so the values they
  have sent stay (Esc closes without sending a draft typed without Enter).
"""
)
pitfalls(
    [
        "Returning a value from the dialog function: nobody receives it. Use session state.",
        "Forgetting `st.rerun()` after saving: the dialog stays open.",
        "Only one dialog can be opened per run.",
        'A draft kept after `ignore` comes back in the next dialog; `on_dismiss="rerun"` drops it.',
    ]
)
lesson_link("fragments")
