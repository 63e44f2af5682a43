# The guest button sets logged_in without user_name, so the flag does not prove user_name.
import streamlit as st

if "logged_in" not in st.session_state:
    st.session_state.logged_in = False
if not st.session_state.logged_in:
    name = st.text_input("Username")
    if st.button("Log in") and name:
        st.session_state.logged_in = True
        st.session_state.user_name = name
    if st.button("Continue as guest"):
        st.session_state.logged_in = True
    st.stop()
st.caption(f"Logged in as: {st.session_state['user_name']}")  # [SS004]
