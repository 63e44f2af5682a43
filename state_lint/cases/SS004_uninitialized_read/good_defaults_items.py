# runs clean: every key of DEFAULTS is set before it is read
import streamlit as st

DEFAULTS = {"theme": "light", "page_size": 25}
for name, value in DEFAULTS.items():
    st.session_state.setdefault(name, value)
st.write(st.session_state.theme, st.session_state["page_size"])
