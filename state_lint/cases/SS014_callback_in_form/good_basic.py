import streamlit as st


def saved():
    pass


with st.form("profile"):
    st.text_input("Email", key="email")
    st.form_submit_button("Save", on_click=saved)
