import streamlit as st

st.session_state.setdefault("double", lambda x: x * 2)  # [SS008]
