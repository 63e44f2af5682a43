# st.stop() ends the run before the form for signed-in users is drawn.
import streamlit as st

if not st.session_state.get("signed_in"):
    st.text_input("Email", key="email")
    st.stop()
st.text_input("Email", key="email", disabled=True)
