# runs clean: the second definition replaces the first before the call, and it sets both keys
import streamlit as st


def init_state() -> None:
    st.session_state.setdefault("page", "home")


def init_state() -> None:  # noqa: F811
    st.session_state.setdefault("page", "home")
    st.session_state.setdefault("language", "en")


init_state()
st.write(st.session_state.page, st.session_state.language)
