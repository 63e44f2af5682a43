import csv
import io

import pandas as pd
import streamlit as st

MAX_MB = 1  # the browser refuses bigger files (needs Streamlit 1.53)
MAX_ROWS = 5_000
MAX_COLUMNS = 20

st.session_state.setdefault("upl_round", 0)
st.session_state.setdefault("upl_parses", 0)


def read_table(data):
    """A DataFrame from CSV bytes, or ValueError with a message."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("This is not a UTF-8 text file.") from None
    try:
        # The header first: a wide file is refused before parsing.
        lines = csv.reader(io.StringIO(text, newline=""))
        header = next(lines, [])
    except csv.Error:  # e.g. one field of a megabyte
        raise ValueError("This is not a valid CSV file.") from None
    if not header:
        raise ValueError("The file is empty.")
    if len(header) > MAX_COLUMNS:
        raise ValueError(f"More than {MAX_COLUMNS} columns.")
    try:
        # One row over the limit is enough to know it is too long.
        table = pd.read_csv(io.StringIO(text), nrows=MAX_ROWS + 1)
    except pd.errors.ParserError:
        raise ValueError("Rows do not match the header.") from None
    if len(table) > MAX_ROWS:
        raise ValueError(f"More than {MAX_ROWS:,} rows.")
    return table


def clear():
    # A new key is a new, empty uploader. Its key cannot be written.
    st.session_state.upl_round += 1
    for key in ("upl_table", "upl_name", "upl_file_id", "upl_error"):
        st.session_state.pop(key, None)


if st.toggle("Show the uploader", value=True, key="upl_show"):
    file = st.file_uploader(
        "CSV file",
        type="csv",
        max_upload_size=MAX_MB,
        key=f"upl_csv_{st.session_state.upl_round}",
    )
    seen = st.session_state.get("upl_file_id")
    if file is not None and file.file_id != seen:
        # A new file: parse it once, keep the result, not the file.
        st.session_state.upl_file_id = file.file_id
        st.session_state.upl_parses += 1
        try:
            if file.size > MAX_MB * 1024 * 1024:
                raise ValueError(f"Larger than {MAX_MB} MB.")
            table = read_table(file.getvalue())
        except ValueError as error:
            st.session_state.upl_error = str(error)
        else:
            st.session_state.upl_table = table
            st.session_state.upl_name = file.name
            st.session_state.pop("upl_error", None)

if "upl_error" in st.session_state:
    st.error(
        f"That file was not loaded: {st.session_state.upl_error}",
        icon=":material/block:",
    )
if "upl_table" in st.session_state:
    st.text(f"Loaded: {st.session_state.upl_name}")
    st.dataframe(st.session_state.upl_table)
st.caption(f"Files parsed so far: {st.session_state.upl_parses}")
st.button("Clear", on_click=clear)
