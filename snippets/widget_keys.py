import streamlit as st

st.text_input("Project name", key="project_name")
st.selectbox("Environment", ["dev", "staging", "prod"], key="env")

st.write(st.session_state.project_name)
st.write(st.session_state.env)
