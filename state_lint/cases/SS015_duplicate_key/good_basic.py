import streamlit as st

if st.session_state.get("mode") == "short":
    st.text_input("Name", key="name")
else:
    st.text_area("Name", key="name")
