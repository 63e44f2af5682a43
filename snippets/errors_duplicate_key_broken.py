import streamlit as st

st.text_input("First name (broken)", key="err_name_broken")
# A second element with the same key in the same run raises.
st.text_input("Last name (broken)", key="err_name_broken")
