import streamlit as st

# Set once, never again.
st.session_state.setdefault("ts_city", "Berlin")

# The same key on every run: the widget, and what was typed into it,
# survive reruns.
st.text_input("Nickname", key="ts_nickname")
st.text_input("City", key="ts_city")
