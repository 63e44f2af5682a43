import streamlit as st

# Raises KeyError: nothing ever set "accent_color", and this reads
# it with [].
st.write("Accent color:", st.session_state["accent_color"])
