import streamlit as st

MAX_MESSAGES = 20  # session state is server memory: keep it bounded

st.session_state.setdefault("chat_small_messages", [])
history = st.session_state.chat_small_messages

box = st.container()  # the conversation, drawn above the input
prompt = st.chat_input("Ask something", key="chat_small_prompt")
if prompt:
    # Save the turn first: the next run draws it from history.
    history.append({"role": "user", "content": prompt})
    words = len(prompt.split())
    history.append(
        {"role": "assistant", "content": f"{words} word(s)."}
    )
    del history[:-MAX_MESSAGES]

with box:  # every run draws the whole conversation again
    for message in history:
        with st.chat_message(message["role"]):
            st.text(message["content"])  # text: never Markdown
