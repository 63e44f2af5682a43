import streamlit as st

with st.sidebar:
    st.session_state["filters"] = []  # [SS003]
