import streamlit as st


def delete(index):
    st.session_state.deleted = index


for index in range(3):
    st.button("Delete", on_click=delete, args=(index,))  # [SS010]
