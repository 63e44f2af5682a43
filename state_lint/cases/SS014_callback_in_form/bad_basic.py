import streamlit as st


def changed():
    pass


with st.form("profile"):
    st.text_input("Email", key="email", on_change=changed)  # [SS014]
    st.form_submit_button("Save")
