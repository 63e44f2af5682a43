# crashes on the first run: the method sets the key, but nothing calls it; the bare call is a
# module function that sets another key
import streamlit as st


class Setup:
    def init_state(self) -> None:
        st.session_state.setdefault("language", "en")


def init_state() -> None:
    st.session_state.setdefault("page", "home")


init_state()
st.write(st.session_state.language)  # [SS004]
