import streamlit as st

DEFAULTS = {"theme": "light", "page_size": 25}
for key, value in DEFAULTS.items():
    if key not in st.session_state:
        st.session_state[key] = value
st.write(st.session_state.theme, st.session_state["page_size"])
