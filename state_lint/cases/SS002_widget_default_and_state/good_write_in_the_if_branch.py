# Reset in one branch, the widget with its default in the other.
import streamlit as st

if st.toggle("Use the default size"):
    st.session_state.size = 12
else:
    st.slider("Size", 8, 32, 12, key="size")
