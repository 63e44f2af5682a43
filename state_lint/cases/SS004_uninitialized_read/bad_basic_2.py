import streamlit as st

st.session_state.visits += 1  # [SS004]
