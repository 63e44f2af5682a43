# crashes on the first run: the helper sets the key on its parameter only when asked to
import streamlit as st


def initialise(state, with_jobs: bool) -> None:
    if with_jobs:
        state.setdefault("jobs", [])


initialise(st.session_state, with_jobs=False)
st.write(len(st.session_state.jobs))  # [SS004]
