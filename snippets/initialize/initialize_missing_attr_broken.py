import streamlit as st

# Raises AttributeError: nothing ever set "accent_color", and this
# reads it as an attribute.
st.write("Accent color:", st.session_state.accent_color)
