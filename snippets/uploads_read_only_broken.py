import streamlit as st

# Trying to empty the uploader by writing to its key:
st.session_state.upl_photo = None
st.file_uploader("Photo", type=["png", "jpg"], key="upl_photo")
