# The outer test holds without a click (nothing loaded yet), so the button inside can fire.
import streamlit as st

reload = st.button("Reload")
if not st.session_state.get("data") or reload:
    st.session_state.data = [1, 2, 3]
    if st.button("Clear the cache too"):
        st.cache_data.clear()
