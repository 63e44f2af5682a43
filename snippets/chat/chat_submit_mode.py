"""submit_mode: what the chat input allows while an answer runs."""

import time

import streamlit as st

WORD_DELAY = 0.3  # seconds per word: slow enough to interrupt
# Every rerun sends the whole history to the browser again: cap
# the number of messages and the length of each question.
MAX_MESSAGES = 8  # the last 4 questions and their answers
MAX_CHARS = 500  # the longest question kept
ANSWER = (
    "While this answer streams, try to send another question, "
    "then switch submit_mode above and try again to compare "
    "what each mode lets you do."
)
MODES = {
    "submit": "You can send during an answer: that cuts it off.",
    "disable": "The input is off until the answer has finished.",
    "stop": "The send button becomes a stop button.",
}


def reply_words():
    """A stand-in for a model: a fixed answer, word by word."""
    for word in ANSWER.split(" "):
        time.sleep(WORD_DELAY)
        yield word + " "


def saved_as_shown(chunks, message):
    """Pass chunks on, adding each to the message once shown."""
    for chunk in chunks:
        yield chunk
        message["content"] += chunk


def show(message):
    with st.chat_message(message["role"]):
        if message["role"] == "user":
            st.text(message["content"])  # user text: never Markdown
            return
        st.markdown(message["content"])
        if message["interrupted"]:
            st.caption("Interrupted: the answer stopped here.")


st.session_state.setdefault("chat_mode_messages", [])
history = st.session_state.chat_mode_messages

mode = st.radio(
    "submit_mode",
    list(MODES),
    key="chat_mode",
    horizontal=True,
)
st.caption(MODES[mode])
top = st.container()
prompt = st.chat_input(
    "Ask something",
    key="chat_mode_prompt",
    max_chars=MAX_CHARS,
    submit_mode=mode,
)
if prompt:  # make room for this turn: the oldest turn goes
    # The box stops at MAX_CHARS, but another client can send
    # more: cut it here too.
    prompt = prompt[:MAX_CHARS]
    del history[: max(len(history) + 2 - MAX_MESSAGES, 0)]

with top:
    for message in history:
        show(message)
    if prompt:
        history.append({"role": "user", "content": prompt})
        reply = {"role": "assistant", "content": ""}
        reply["interrupted"] = True  # until the last word is shown
        history.append(reply)
        show(history[-2])
        with st.chat_message("assistant"):
            st.write_stream(saved_as_shown(reply_words(), reply))
        reply["interrupted"] = False
