# get() is None when the key is missing: past the stop, the key is there
import streamlit as st


def log_in() -> None:
    st.session_state.user = "ada"


if st.session_state.get("user") is None:
    st.button("Log in", on_click=log_in)
    st.stop()
st.write("Hello,", st.session_state.user)
