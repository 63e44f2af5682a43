import pandas as pd
import streamlit as st

MAX_UNDO = 10
MAX_ROWS = 500


# Runs once for the whole server; every session gets its own copy
# of the result.
@st.cache_data
def sample_sales() -> pd.DataFrame:
    """Six months of made-up sales, so the snippet runs anywhere."""
    prices = {"Starter": 49, "Team": 199, "Enterprise": 899}
    regions = ["APAC", "EMEA", "LATAM", "North America"]
    rows = []
    for m in range(1, 7):
        for r, region in enumerate(regions):
            for p, (product, price) in enumerate(prices.items()):
                units = 5 + (m * 7 + r * 11 + p * 13) % 40
                month = f"2026-{m:02}"
                rows.append(
                    (month, region, product, units, units * price)
                )
    columns = ["month", "region", "product", "units", "revenue"]
    return pd.DataFrame(rows, columns=columns)


if "working_df" not in st.session_state:
    # This session's private copy.
    st.session_state.working_df = sample_sales()
    # earlier versions, newest last
    st.session_state.working_history = []
st.session_state.setdefault("working_message", "")


def with_edits(frame: pd.DataFrame, edits: dict) -> pd.DataFrame:
    """Apply st.data_editor's edit state to a copy of `frame`.

    Row positions in the edit state refer to `frame`.
    """
    result = frame.copy()
    for row, changes in edits["edited_rows"].items():
        for column, value in changes.items():
            result.iat[int(row), result.columns.get_loc(column)] = (
                value
            )
    result = result.drop(index=result.index[edits["deleted_rows"]])
    added = pd.DataFrame(edits["added_rows"], columns=result.columns)
    return (
        pd.concat([result, added], ignore_index=True)
        if len(added)
        else result
    )


def remember(frame: pd.DataFrame) -> None:
    st.session_state.working_history.append(frame)
    # Cap the memory one user can use.
    del st.session_state.working_history[:-MAX_UNDO]


def apply_changes() -> None:
    # A client may send no editor state at all: that is no change.
    state = st.session_state.get("working_editor") or {}
    edits = {
        part: state.get(part) or empty
        for part, empty in (
            ("edited_rows", {}),
            ("added_rows", []),
            ("deleted_rows", []),
        )
    }
    if not any(edits.values()):
        st.session_state.working_message = (
            "Nothing to apply: edit a cell, add or delete a row."
        )
        return
    rows = len(st.session_state.working_df) + len(edits["added_rows"])
    if rows > MAX_ROWS:
        st.session_state.working_message = (
            f"Not applied: at most {MAX_ROWS} rows (this would be "
            f"{rows}). Delete rows first."
        )
        return
    remember(st.session_state.working_df)
    st.session_state.working_df = with_edits(
        st.session_state.working_df, edits
    )
    st.session_state.working_message = "Changes applied."
    # The edits are part of the data now.
    del st.session_state.working_editor


def undo() -> None:
    if not st.session_state.working_history:
        st.session_state.working_message = "Nothing to undo."
        return
    st.session_state.working_df = (
        st.session_state.working_history.pop()
    )
    st.session_state.working_message = "Last change undone."
    # Pending edits belonged to the other version.
    st.session_state.pop("working_editor", None)


def reset() -> None:
    # So a reset can be undone too.
    remember(st.session_state.working_df)
    st.session_state.working_df = sample_sales()
    st.session_state.working_message = (
        "Back to the loaded data (Undo brings your version back)."
    )
    st.session_state.pop("working_editor", None)


st.data_editor(
    st.session_state.working_df,
    key="working_editor",
    num_rows="dynamic",
    hide_index=True,
)
apply_col, undo_col, reset_col = st.columns(3)
apply_col.button(
    "Apply changes", on_click=apply_changes, type="primary"
)
undo_col.button("Undo last change", on_click=undo)
reset_col.button("Reset to loaded data", on_click=reset)

if st.session_state.working_message:
    st.info(st.session_state.working_message)
    st.session_state.working_message = ""  # show each message once

frame = st.session_state.working_df
size_kib = frame.memory_usage(deep=True).sum() / 1024
st.caption(
    f"Your copy: {len(frame)} rows × {len(frame.columns)} columns, "
    f"{size_kib:.1f} KiB "
    f"· {len(st.session_state.working_history)} undo step(s) kept"
)
