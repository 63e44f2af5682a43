import streamlit as st

# Raises streamlit.errors.StreamlitValueAssignmentNotAllowedError:
# a button's value is read-only, True only in the run its click
# causes.
st.session_state.err_save_broken = True
st.button("Save (broken)", key="err_save_broken")
