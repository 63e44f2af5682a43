import streamlit as st

# Nothing ever set "accent_color", so reading it as an attribute
# raises AttributeError.
st.write("Accent color:", st.session_state.accent_color)
