import pandas as pd
import streamlit as st

ROWS_PER_CLICK = 10_000
MAX_ROWS = 300_000


def add_rows() -> None:
    # The button is disabled at the limit; check again, a client can
    # send the click anyway.
    if len(st.session_state.get("size_table", [])) >= MAX_ROWS:
        return
    table = st.session_state.get(
        "size_table", pd.DataFrame(columns=["x", "y", "z"])
    )
    start = len(table)
    new = pd.DataFrame(
        {
            name: pd.Series(
                range(start, start + ROWS_PER_CLICK), dtype="float64"
            )
            for name in "xyz"
        }
    )
    st.session_state.size_table = pd.concat(
        [table, new], ignore_index=True
    )


def delete_table() -> None:
    # Deleting the key is how you give the memory back.
    del st.session_state["size_table"]


has_table = "size_table" in st.session_state
rows = len(st.session_state.size_table) if has_table else 0

left, right = st.columns(2)
left.button(
    "Add 10,000 rows", on_click=add_rows, disabled=rows >= MAX_ROWS
)
right.button(
    "Delete the table", on_click=delete_table, disabled=not has_table
)

if has_table:
    st.write(f"`size_table` holds {rows:,} rows in this session.")
    if rows >= MAX_ROWS:
        st.warning(f"That is the limit: {MAX_ROWS:,} rows.")
else:
    st.write("No `size_table` in this session.")
