# crashes on the first run: the default comes from state before state has it
import streamlit as st

st.number_input("Rows", 1, 100, value=st.session_state["rows"])  # [SS004]
st.session_state["rows"] = 10  # [SS003]
