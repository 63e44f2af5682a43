import streamlit as st

# Nothing ever set "accent_color", so reading it with [] raises
# KeyError.
st.write("Accent color:", st.session_state["accent_color"])
