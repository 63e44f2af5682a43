# `or` holds on every pass once the flag is set: the second pass draws the same key again.
import streamlit as st

st.session_state.setdefault("show_all", True)
for page in ["Home", "Reports"]:
    if page == "Reports" or st.session_state.show_all:
        st.button("Export", key="export")  # [SS010]
