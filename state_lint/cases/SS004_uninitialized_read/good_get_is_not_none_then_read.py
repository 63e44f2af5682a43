# get() is not None only when the key is there: both branches are safe
import streamlit as st

if st.session_state.get("user") is not None:
    st.write("Hello,", st.session_state.user)
else:
    st.write("Nobody is logged in.")

if st.session_state.get("user") is None:
    st.write("Still nobody.")
else:
    st.write("Welcome back,", st.session_state.user)
