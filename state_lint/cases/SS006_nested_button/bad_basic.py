import streamlit as st

if st.button("Delete"):
    if st.button("Confirm"):  # [SS006]
        st.session_state.deleted = True
