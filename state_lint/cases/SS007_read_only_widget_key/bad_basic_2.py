import streamlit as st


def clear_upload():
    st.session_state.upload = None  # [SS007]


st.file_uploader("CSV", key="upload")
st.button("Clear", on_click=clear_upload)
