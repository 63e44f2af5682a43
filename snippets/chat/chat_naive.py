"""Naive chat: a turn is saved only after its answer finished."""

import time

import streamlit as st

WORD_DELAY = 0.3  # seconds per word: slow enough to interrupt
ANSWER = (
    "This answer is saved only after its last word, so a click "
    "elsewhere while it streams loses your question and every "
    "word shown so far."
)


def reply_words():
    """A stand-in for a model: a fixed answer, word by word."""
    for word in ANSWER.split(" "):
        time.sleep(WORD_DELAY)
        yield word + " "


def show(role, content):
    with st.chat_message(role):
        if role == "user":
            st.text(content)  # user text: never Markdown
        else:
            st.markdown(content)


st.session_state.setdefault("chat_naive_messages", [])
history = st.session_state.chat_naive_messages

top = st.container()
st.button("Click me during an answer", key="chat_naive_click")
prompt = st.chat_input("Ask something", key="chat_naive_prompt")

with top:
    for message in history:
        show(message["role"], message["content"])
    if prompt:
        show("user", prompt)
        with st.chat_message("assistant"):
            reply = st.write_stream(reply_words())
        # Too late: a rerun during the stream never gets here.
        history.append({"role": "user", "content": prompt})
        history.append({"role": "assistant", "content": reply})
