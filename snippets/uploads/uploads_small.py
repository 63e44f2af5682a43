import pandas as pd
import streamlit as st

st.session_state.setdefault("upl_small_id", None)
st.session_state.setdefault("upl_small_table", None)

if st.toggle("Show the uploader", value=True, key="upl_small_show"):
    file = st.file_uploader("A CSV file", type="csv", key="upl_small")
    # Parse a file once, by its id, and keep the table: the
    # uploader's value is gone in any run that does not draw it.
    if (
        file is not None
        and file.file_id != st.session_state.upl_small_id
    ):
        st.session_state.upl_small_id = file.file_id
        try:
            st.session_state.upl_small_table = pd.read_csv(file)
        except ValueError:  # pandas' parse errors and bad encodings
            st.error(
                "That file is not a CSV table; it was not loaded."
            )

if st.session_state.upl_small_table is not None:
    st.dataframe(st.session_state.upl_small_table)
