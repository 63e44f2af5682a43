import streamlit as st

st.text_input("First name (broken)", key="err_name_broken")
# Raises streamlit.errors.StreamlitDuplicateElementKey: a second
# element with the same key in the same run.
st.text_input("Last name (broken)", key="err_name_broken")
