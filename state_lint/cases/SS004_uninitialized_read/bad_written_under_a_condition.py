# crashes on the first run: user_input is set only while the box is ticked
import streamlit as st

st.checkbox("Type a message", key="checkbox")
if st.session_state.checkbox:
    st.session_state.user_input = st.text_input("Message")
st.write("You wrote:", st.session_state.user_input)  # [SS004]
