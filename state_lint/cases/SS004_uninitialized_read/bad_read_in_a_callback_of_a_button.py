# The callback runs on the click and reads a key that nothing sets: AttributeError then.
import streamlit as st


def rename_project() -> None:
    st.session_state.project_name = st.session_state.project_name_input  # [SS004]


st.button("Rename", on_click=rename_project)
