# crashes on the first run: value= reads a key that nothing has set yet
import streamlit as st

st.subheader("Ask the bot")
question = st.text_input("Question", value=st.session_state.user_input)  # [SS004]
st.session_state.user_input = question
