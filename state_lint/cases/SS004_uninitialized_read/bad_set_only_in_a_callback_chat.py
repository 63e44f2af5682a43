# crashes on the first run: only on_submit fills the history
import streamlit as st


def send() -> None:
    st.session_state.history = [st.session_state.prompt]


st.chat_input("Say something", key="prompt", on_submit=send)
for line in st.session_state.history:  # [SS004]
    st.write(line)
