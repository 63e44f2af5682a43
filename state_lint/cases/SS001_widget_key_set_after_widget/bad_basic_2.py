import streamlit as st

st.text_input("City", key="city")
if st.button("Paris"):
    st.session_state["city"] = "Paris"  # [SS001]
