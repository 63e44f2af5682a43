from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet

lesson = lesson_header(
    "uploads",
    "## The smallest version",
    "Upload a CSV file, then turn the uploader off: the uploader forgets the file, but the "
    "table parsed from it stays in session state. Each file is parsed once, by its `file_id`.",
)
show_snippet(lesson, "uploads_small.py")
prose(
    "## The complete pattern",
    "Upload a CSV file. It is parsed once, and the table is kept in `upl_table`: the count "
    "under it does not grow when the page reruns. Turn the uploader off and on: the uploader "
    "forgets the file, the table stays. **Clear** gives the uploader a new key, which empties it. "
    "Then try a file over 1 MB, a `.txt` file or a CSV with more than 20 columns: each one gets "
    "a message, and the table you loaded before stays.",
)
show_snippet(lesson, "uploads_csv.py")

prose(
    "## The uploader's value is read-only",
    "A file uploader's key holds an `UploadedFile` (or `None`) that only the user can change. "
    "Writing it, at the top of the script or in a button's callback, raises an error when the "
    "uploader is drawn:",
)
show_snippet(lesson, "uploads_read_only_broken.py")

prose(
    "## Several files",
    "With `accept_multiple_files=True` the value is a list. Each new file is parsed once, by "
    "its `file_id`; a file you remove with its **x** is dropped from the results; one bad file "
    "does not stop the others. Every file gets the checks of the single uploader (size, "
    "encoding, columns, rows), and only the first five files are read: all the tables stay in "
    "session state, so each of them and their number must stay small.",
)
show_snippet(lesson, "uploads_many.py")

how_it_works(
    """
1. The uploader returns an `UploadedFile`: a file-like object with `name`, `size`, `type` and
   a `file_id` that is new for every upload. It is the widget's value, kept in
   `st.session_state[key]` only while the uploader is drawn.
2. Every click anywhere reruns the script, and the uploader returns the same file again.
   Comparing `file_id` with the one you stored tells a new upload from a rerun, so the file
   is parsed once.
3. Keep what you parsed (a DataFrame) in a key of your own. It survives a hidden uploader and
   the user removing the file; **Clear** deletes it on purpose.
4. `max_upload_size=1` (megabytes, Streamlit 1.53 or newer) and `type="csv"` make the browser
   refuse other files before they are sent. The server does not know the widget's limit: it
   only enforces `server.maxUploadSize` (200 MB unless set in `.streamlit/config.toml`), so
   the script checks `file.size` too.
5. A `.csv` name says nothing about the content: the snippet decodes the bytes, counts the
   header's columns before it parses anything, reads at most one row more than the limit, and
   turns each problem into a message.
"""
)

pitfalls(
    [
        "`st.session_state[key] = None` on an uploader's key raises "
        "`StreamlitValueAssignmentNotAllowedError`; change the key to empty it.",
        "`del st.session_state[key]` empties the uploader on the server only: the browser "
        "still shows the file and sends it again with the next click.",
        "Keeping the `UploadedFile` itself keeps the raw bytes in the session; keep the parsed "
        "result instead.",
        "The file name is text the user chose: show it with `st.text`, never in Markdown.",
        "Streamlit also rejects a wrong extension on the server (when a client bypasses the "
        "browser check) with `StreamlitAPIException`, before your script runs.",
    ]
)
