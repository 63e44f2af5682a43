# A dialog opened from on_click, closed by its own rerun after saving.
import streamlit as st


@st.dialog("Rename")
def rename():
    name = st.text_input("New name")
    if st.button("Save"):
        st.session_state.name = name
        st.rerun()


st.button("Rename", on_click=rename)
