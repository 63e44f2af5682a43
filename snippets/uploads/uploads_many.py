import io

import pandas as pd
import streamlit as st

MAX_MB = 1
st.session_state.setdefault("upl_loaded", {})
st.session_state.setdefault("upl_many_parses", 0)


def load(file):
    """The parsed table, or None and the reason."""
    st.session_state.upl_many_parses += 1
    if file.size > MAX_MB * 1024 * 1024:
        return None, f"larger than {MAX_MB} MB"
    try:
        return pd.read_csv(io.BytesIO(file.getvalue())), None
    except UnicodeDecodeError:
        return None, "not UTF-8 text"
    except (pd.errors.ParserError, pd.errors.EmptyDataError):
        return None, "not a valid CSV"


files = st.file_uploader(
    "CSV files",
    type="csv",
    accept_multiple_files=True,
    max_upload_size=MAX_MB,
    key="upl_many",
)
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
