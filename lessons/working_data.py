from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet

lesson = lesson_header(
    "working-data",
    "## The smallest version",
    "The shared data is loaded once by `st.cache_data`; each session keeps its own copy in "
    "session state and edits only that. Change a stock, **Apply**, then **Reset**: a fresh "
    "copy of the loaded data comes back, and no other user ever saw your edit.",
)
show_snippet(lesson, "working_data_small.py")
prose(
    "## The complete pattern: edit, apply, undo, reset",
    "Change a few cells (or add and delete rows), then **Apply changes**. **Undo last change** "
    "steps back one version; **Reset to loaded data** starts again from the loaded data. "
    "Open this page in a second tab: it is a new session with its own copy, untouched by "
    "your edits.",
)
show_snippet(lesson, "working_data.py")

how_it_works(
    """
1. `sample_sales` is an `st.cache_data` function: the data is made (in your app: read) once
   and the result is shared by every session on the server. Each call returns a *copy* of the
   cached DataFrame, so no session can change what the others load.
2. On a session's first run, that copy goes into `working_df`: this user's working data. Edits
   only ever touch `working_df`, which nobody else can see.
3. `st.data_editor` keeps the user's pending edits in its key (`working_editor`) as
   `edited_rows`, `added_rows` and `deleted_rows`. **Apply changes** turns them into a new
   `working_df` in a callback (at most 500 rows) and pushes the old version onto
   `working_history`. The callback reads the editor's key with `.get()`: a client may send no
   editor state at all, and that means no change.
4. **Undo** pops the newest version off `working_history`; with nothing to pop it says so. The
   history is capped at 10 versions because session state lives in the server's memory, once
   per user: the caption shows what this copy costs.
"""
)

pitfalls(
    [
        "Do not edit the object a `st.cache_resource` function returns: it is one object shared "
        "by every user. `st.cache_data` hands out copies, which is why it fits data.",
        "Do not put the big shared dataset itself in session state: it is stored once per user. "
        "Cache the load, keep only the user's copy or changes in session state.",
        "Every undo step is a full copy of the DataFrame: cap the history.",
        'Passing a changed DataFrame to a keyed `st.data_editor` with `num_rows="dynamic"` '
        "starts a fresh editor, so apply pending edits before you swap the data.",
    ]
)
