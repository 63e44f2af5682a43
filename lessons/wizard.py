from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet

lesson = lesson_header(
    "wizard",
    "## The smallest wizard",
    "A step number in session state picks what to draw; the buttons change it in a callback, so "
    "one click is enough. Type a name, **Continue**, then **Back**: the name is still there, "
    "because the callback kept a copy the widget cannot lose.",
)
show_snippet(lesson, "wizard_small.py")
prose(
    "## The complete pattern: a four-step wizard",
    "Upload a CSV (or use the sample), pick the columns, review, done. **Continue** is refused "
    "with a message until the step is complete, **Back** keeps everything you entered, and "
    "**Start over** deletes this wizard's keys and no others, including the id in the uploader's "
    "key, so the uploader comes back empty.",
)
show_snippet(lesson, "wizard.py")

how_it_works(
    """
1. `wizard_step` is a plain number in session state; the script draws only the current step.
2. Every button changes state in a **callback** (`on_click`), which runs *before* the rerun. The
   run that follows already draws the new step, so one click is always enough: no `st.rerun()`.
   With `if st.button(...)` and no `st.rerun()`, the step changes *after* that step was drawn:
   the page shows the old step until the next interaction, so users click a second time
   (the stale-value and double-click traps).
3. A double click sends its second click from the page the browser still shows, often before
   the next step has arrived. A callback gets the `args` of its button's *latest* drawing, so with
   one key for every step that click would count on the new step. Here each step's buttons have
   their own key (`wizard_continue_1`, `wizard_continue_2`, ...): the late click belongs to a
   button that is gone, and Streamlit drops it, or the callback sees the old step in `args` and
   ignores it.
4. The upload is parsed once, in the uploader's `on_change` callback, and the DataFrame is copied
   into `wizard_data`. The uploader's own value is dropped when step 1 is hidden; the copy is not.
   Rows with more or fewer values than the header, and files over the size, column or row limits,
   are refused before pandas reads them all; the message stays while that file is in the
   uploader. A refused **Continue** keeps its message only until the step is fixed: it is checked
   again on every run.
5. The step 2 widgets use `persist_state="session"`, so their values survive while later steps
   hide them, and even a trip to another page. Loading new data deletes the column choices,
   because they belong to the old columns.
""",
    "## The short version: if st.button(...) and st.rerun()",
    "The shortest form of the pattern. `if st.button(...)` is `True` halfway down a run, after "
    "the page above it was drawn, so the snippet calls `st.rerun()` to draw the new step at once. "
    "That stops the run and starts another: each click costs two runs, and the button has no "
    "idea which step it was clicked on.",
)
show_snippet(lesson, "wizard_rerun.py")

pitfalls(
    [
        "Without `st.rerun()` (or a callback), `if st.button(...)` changes the step *after* the "
        "step was drawn: the page lags one click behind.",
        "Keep the parsed data, not the `UploadedFile`: the uploader's value is dropped as soon "
        "as the uploader is not drawn.",
        "Widgets of a hidden step lose their values unless they have `persist_state` (or you copy "
        "the values into keys of your own).",
        '`type="csv"` makes the browser refuse other file types; a file named `.csv` can still '
        "contain anything, so parse it inside `try`/`except` and tell the user what is wrong.",
    ]
)
