import streamlit as st

st.text_input("City", key="city")
st.session_state.city = "Paris"  # [SS001, SS003]
