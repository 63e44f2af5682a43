# The inner test reuses the outer click; nothing needs a second click.
import streamlit as st

refresh = st.button("Refresh")
if not st.session_state.get("loaded") or refresh:
    st.session_state.loaded = True
    if refresh:
        st.toast("Reloaded")
