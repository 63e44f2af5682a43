# crashes on the first run: DEFAULTS does not list "limit"
import streamlit as st

DEFAULTS = {"query": "", "page": 1}
LABELS = {"limit": "Rows per page"}
for key, value in DEFAULTS.items():
    st.session_state[key] = st.session_state.get(key, value)
st.write(LABELS["limit"], st.session_state.limit)  # [SS004]
