import csv
import io

import pandas as pd
import streamlit as st

# Every file gets the checks of uploads_csv.py, and only the first
# MAX_FILES are read: the tables live in session state, so each one
# and their number must stay small.
MAX_MB = 1  # per file; the browser refuses bigger ones
MAX_FILES = 5
MAX_ROWS = 5_000
MAX_COLUMNS = 20
st.session_state.setdefault("upl_loaded", {})
st.session_state.setdefault("upl_many_parses", 0)
st.session_state.setdefault("upl_many_round", 0)


def read_table(data):
    """A DataFrame from CSV bytes, or ValueError with the reason."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    try:
        # The header first: a wide file is refused before parsing.
        lines = csv.reader(io.StringIO(text, newline=""))
        header = next(lines, [])
    except csv.Error:  # e.g. one field of a megabyte
        raise ValueError("not a valid CSV") from None
    if len(header) > MAX_COLUMNS:
        raise ValueError(f"more than {MAX_COLUMNS} columns")
    try:
        # One row over the limit is enough to know it is too long.
        table = pd.read_csv(io.StringIO(text), nrows=MAX_ROWS + 1)
    except (pd.errors.ParserError, pd.errors.EmptyDataError):
        raise ValueError("not a valid CSV") from None
    if len(table) > MAX_ROWS:
        raise ValueError(f"more than {MAX_ROWS:,} rows")
    return table


def load(file):
    """The parsed table, or None and the reason."""
    st.session_state.upl_many_parses += 1
    if file.size > MAX_MB * 1024 * 1024:
        return None, f"larger than {MAX_MB} MB"
    try:
        return read_table(file.getvalue()), None
    except ValueError as error:
        return None, str(error)


def clear():
    # A new key is a new, empty uploader; its files are forgotten.
    st.session_state.upl_many_round += 1
    st.session_state.upl_loaded = {}


files = st.file_uploader(
    "CSV files",
    type="csv",
    accept_multiple_files=True,
    max_upload_size=MAX_MB,
    key=f"upl_many_{st.session_state.upl_many_round}",
)
if len(files) > MAX_FILES:
    st.warning(
        f"Only the first {MAX_FILES} files are read;"
        f" {len(files) - MAX_FILES} more were left out."
    )
    files = files[:MAX_FILES]
loaded = st.session_state.upl_loaded
current = {file.file_id: file for file in files}
for file_id in list(loaded):
    if file_id not in current:  # removed with its x button
        del loaded[file_id]
for file_id, file in current.items():
    if file_id not in loaded:  # new: parse it once
        table, problem = load(file)
        loaded[file_id] = {
            "name": file.name,
            "table": table,
            "problem": problem,
        }

rows = []
for item in loaded.values():
    ok = item["problem"] is None
    rows.append(
        {
            "file": item["name"],
            "rows": len(item["table"]) if ok else None,
            "status": "loaded" if ok else item["problem"],
        }
    )
if rows:
    st.dataframe(rows, hide_index=True)
st.caption(f"Files parsed so far: {st.session_state.upl_many_parses}")
st.button("Clear all", on_click=clear)
