import streamlit as st


def sidebar():
    st.sidebar.text_input("Search", key="query")


sidebar()
st.session_state.query = ""  # [SS001, SS003]
