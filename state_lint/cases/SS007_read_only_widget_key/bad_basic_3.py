import streamlit as st

st.session_state.setdefault("signup", True)  # [SS007]
with st.form("signup"):
    st.form_submit_button("Send", key="send")
