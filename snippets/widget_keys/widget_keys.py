import streamlit as st

st.text_input("Project name", key="project_name")
st.selectbox("Environment", ["dev", "staging", "prod"], key="env")

# st.text shows typed text as it is, never as Markdown.
st.text(st.session_state.project_name)
st.text(st.session_state.env)
