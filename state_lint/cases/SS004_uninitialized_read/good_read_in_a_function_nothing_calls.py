# runs clean: the rename helper reads a key no widget sets any more, but nothing calls it
import streamlit as st


def rename_project() -> None:
    if st.session_state.project_name_input:
        st.session_state.project_name = st.session_state.project_name_input


st.session_state.setdefault("project_name", "Untitled")
st.title(st.session_state.project_name)
