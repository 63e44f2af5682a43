# A demo page that resets everything on every visit and says so.
import streamlit as st

st.caption("This demo starts fresh on every run.")
st.session_state.clear()
st.session_state.step = 1
st.write("Step", st.session_state.step)
