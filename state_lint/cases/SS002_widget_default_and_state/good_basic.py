import streamlit as st

st.session_state.setdefault("team", "Data")
st.text_input("Team", key="team")
st.selectbox("Size", ["S", "M"], index=0, key="size")
st.text_input("Note", "", key="note")
