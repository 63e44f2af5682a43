import streamlit as st

st.session_state.setdefault("team", "Data")
st.text_input("Team", value="Platform", key="team")  # [SS002]
