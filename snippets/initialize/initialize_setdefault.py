import streamlit as st

st.session_state.setdefault("page_size", 25)

# setdefault only sets a missing key, so the user's choice survives
# every rerun.
st.number_input(
    "Page size", min_value=5, max_value=100, step=5, key="page_size"
)
st.write("Rows per page:", st.session_state.page_size)
