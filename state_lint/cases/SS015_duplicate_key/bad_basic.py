import streamlit as st

st.text_input("First name", key="name")
st.text_input("Last name", key="name")  # [SS015]
