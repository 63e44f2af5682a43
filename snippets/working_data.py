from pathlib import Path

import pandas as pd
import streamlit as st

SALES_CSV = Path(__file__).resolve().parent.parent / "data" / "sales.csv"
MAX_UNDO = 10


@st.cache_data
def load_sales(path: Path) -> pd.DataFrame:
    # Runs once per file for the whole server; every session gets its own copy of the result.
    return pd.read_csv(path)


if "working_df" not in st.session_state:
    st.session_state.working_df = load_sales(SALES_CSV)  # this session's private copy
    st.session_state.working_history = []  # earlier versions, newest last
st.session_state.setdefault("working_message", "")


def with_edits(frame: pd.DataFrame, edits: dict) -> pd.DataFrame:
    """Apply st.data_editor's edit state (row positions refer to `frame`) to a copy."""
    result = frame.copy()
    for row, changes in edits["edited_rows"].items():
        for column, value in changes.items():
            result.iat[int(row), result.columns.get_loc(column)] = value
    result = result.drop(index=result.index[edits["deleted_rows"]])
    added = pd.DataFrame(edits["added_rows"], columns=result.columns)
    return pd.concat([result, added], ignore_index=True) if len(added) else result


def remember(frame: pd.DataFrame) -> None:
    st.session_state.working_history.append(frame)
    del st.session_state.working_history[:-MAX_UNDO]  # cap the memory one user can use


def apply_changes() -> None:
    edits = st.session_state.working_editor
    if not (edits["edited_rows"] or edits["added_rows"] or edits["deleted_rows"]):
        st.session_state.working_message = "Nothing to apply: edit a cell, add or delete a row."
        return
    remember(st.session_state.working_df)
    st.session_state.working_df = with_edits(st.session_state.working_df, edits)
    st.session_state.working_message = "Changes applied."
    del st.session_state.working_editor  # the edits are part of the data now


def undo() -> None:
    if not st.session_state.working_history:
        st.session_state.working_message = "Nothing to undo."
        return
    st.session_state.working_df = st.session_state.working_history.pop()
    st.session_state.working_message = "Last change undone."
    st.session_state.pop("working_editor", None)  # pending edits belonged to the other version


def reset() -> None:
    remember(st.session_state.working_df)  # so a reset can be undone too
    st.session_state.working_df = load_sales(SALES_CSV)
    st.session_state.working_message = "Back to the loaded data (Undo brings your version back)."
    st.session_state.pop("working_editor", None)


st.data_editor(
    st.session_state.working_df, key="working_editor", num_rows="dynamic", hide_index=True
)
apply_col, undo_col, reset_col = st.columns(3)
apply_col.button("Apply changes", on_click=apply_changes, type="primary")
undo_col.button("Undo last change", on_click=undo)
reset_col.button("Reset to loaded data", on_click=reset)

if st.session_state.working_message:
    st.info(st.session_state.working_message)
    st.session_state.working_message = ""  # show each message once

frame = st.session_state.working_df
size_kib = frame.memory_usage(deep=True).sum() / 1024
st.caption(
    f"Your copy: {len(frame)} rows × {len(frame.columns)} columns, {size_kib:.1f} KiB "
    f"· {len(st.session_state.working_history)} undo step(s) kept"
)
