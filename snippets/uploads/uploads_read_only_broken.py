import streamlit as st

# Raises streamlit.errors.StreamlitValueAssignmentNotAllowedError:
# an uploader's value cannot be set, not even to empty it, as this
# tries by writing to its key.
st.session_state.upl_photo = None
st.file_uploader("Photo", type=["png", "jpg"], key="upl_photo")
