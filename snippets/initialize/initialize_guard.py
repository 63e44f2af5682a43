import streamlit as st

if "theme" not in st.session_state:
    st.session_state.theme = "light"

# The widget is bound to the key the guard created, so it starts at
# "light".
st.radio("Theme", ["light", "dark"], key="theme", horizontal=True)
st.write("Theme in session state:", st.session_state.theme)
