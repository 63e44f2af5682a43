import streamlit as st

# Mirrors the widget's value on every run: nothing the user did is lost.
st.session_state["last_search"] = st.text_input("Search")
