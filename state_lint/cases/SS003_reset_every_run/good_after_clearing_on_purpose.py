# A smoke-test script that starts from empty state on purpose before setting its fixtures.
import streamlit as st

st.session_state.clear()
st.session_state["selected_file"] = "questions_test.json"
st.session_state["user_id"] = "smoketester"
st.write(st.session_state.user_id)
