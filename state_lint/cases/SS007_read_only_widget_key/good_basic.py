import streamlit as st

st.session_state.setdefault("saved", False)


def mark_saved():
    st.session_state.saved = True


st.button("Save", key="save", on_click=mark_saved)
