import streamlit as st

st.write(st.session_state.get("theme", "light"))
