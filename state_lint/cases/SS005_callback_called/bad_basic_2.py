import streamlit as st


def changed(name):
    st.session_state.last = name


st.text_input("Name", key="name", on_change=changed("name"))  # [SS005]
