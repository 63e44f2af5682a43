# runs clean: the guard tests the keys view, the usual chatbot idiom
import streamlit as st

if "messages" not in st.session_state.keys():
    st.session_state.messages = [{"role": "assistant", "content": "Hi"}]
for message in st.session_state.messages:
    st.write(message["content"])
