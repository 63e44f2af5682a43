import streamlit as st

state = st.session_state


def start_empty() -> None:
    state.items = []
    state.version = 0


def load() -> None:
    state.version = 1


if "token" not in st.session_state:
    state.token = st.query_params.get("token")
    start_empty()
elif state.token and not state.version:
    load()  # the first load failed: try again
st.write(len(state.items), state.version)
