"""Naive chat: a turn is saved only after its answer finished."""

import time

import streamlit as st

WORD_DELAY = 0.3  # seconds per word: slow enough to interrupt
# Every rerun sends the whole history to the browser again: cap
# the number of messages and the length of each question.
MAX_MESSAGES = 8  # the last 4 questions and their answers
MAX_CHARS = 500  # the longest question kept
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
prompt = st.chat_input(
    "Ask something",
    key="chat_naive_prompt",
    max_chars=MAX_CHARS,
)
if prompt:  # make room for this turn: the oldest turn goes
    # The box stops at MAX_CHARS, but another client can send
    # more: cut it here too.
    prompt = prompt[:MAX_CHARS]
    del history[: max(len(history) + 2 - MAX_MESSAGES, 0)]

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
