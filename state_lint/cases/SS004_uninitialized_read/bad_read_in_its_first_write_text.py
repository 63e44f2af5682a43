# crashes on the first run: the text box's value reads the key it then stores
import streamlit as st

st.header("Notes")
st.session_state["note"] = st.text_area("Note", st.session_state["note"])  # [SS004]
