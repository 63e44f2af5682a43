import streamlit as st

with open(__file__) as handle:
    st.session_state.handle = handle  # [SS008]
