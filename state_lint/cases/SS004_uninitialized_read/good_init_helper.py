# runs clean: the helper called first sets every key the page reads
import streamlit as st


def init_state() -> None:
    if "messages" not in st.session_state:
        st.session_state.messages = []
        st.session_state.model = "small"


init_state()
st.write(st.session_state.model, len(st.session_state.messages))
