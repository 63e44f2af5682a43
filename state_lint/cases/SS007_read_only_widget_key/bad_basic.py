import streamlit as st

st.session_state.save = True  # [SS003, SS007]
st.button("Save", key="save")
