import streamlit as st

st.text_input("Nickname", key="nick")
