import streamlit as st

st.session_state.setdefault("confirming", False)
if st.button("Delete"):
    st.session_state.confirming = True
if st.session_state.confirming:
    if st.button("Confirm"):
        st.session_state.deleted = True
