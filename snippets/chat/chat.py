"""A chat whose history lives in st.session_state.messages."""

import time

import streamlit as st

MAX_MESSAGES = 8  # the last 4 questions and their answers
WORD_DELAY = 0.3  # seconds per word: slow enough to interrupt
ANSWERS = (
    "Every click reruns this script from the top, so the chat "
    "draws each message again from st.session_state.messages.",
    "The history lives as long as your browser session: it "
    "survives a page switch, and a reload starts a new one.",
    "This answer is saved word by word while it streams, so a "
    "click elsewhere keeps what you have read so far.",
    "When the history grows past its cap, the oldest turns are "
    "dropped, which keeps the session small and reruns fast.",
)


def reply_words(prompt, seed):
    """A stand-in for a model: a fixed answer, word by word."""
    answer = ANSWERS[(len(prompt) + seed) % len(ANSWERS)]
    for word in answer.split(" "):
        time.sleep(WORD_DELAY)
        yield word + " "


def saved_as_shown(chunks, message):
    """Pass chunks on, adding each to the message once shown."""
    for chunk in chunks:
        yield chunk
        message["content"] += chunk


st.session_state.setdefault("messages", [])
st.session_state.setdefault("chat_next_id", 0)
st.session_state.setdefault("chat_dropped", 0)


def clear_conversation():
    st.session_state.messages = []
    st.session_state.chat_dropped = 0


def regenerate():
    messages = st.session_state.messages
    if messages and messages[-1]["role"] == "assistant":
        messages.pop()  # the question is answered again below


def save_feedback(message_id):
    value = st.session_state[f"chat_feedback_{message_id}"]
    for message in st.session_state.messages:
        if message.get("id") == message_id:
            message["feedback"] = value


def ask(prompt):
    messages = st.session_state.messages
    messages.append({"role": "user", "content": prompt})
    excess = len(messages) + 1 - MAX_MESSAGES  # room for the reply
    if excess > 0:
        del messages[:excess]
        st.session_state.chat_dropped += excess


def show(message):
    with st.chat_message(message["role"]):
        if message["role"] == "user":
            st.text(message["content"])  # user text: never Markdown
            return
        st.markdown(message["content"])
        if message["interrupted"]:
            st.caption("Interrupted: the answer stopped here.")
        st.feedback(
            "thumbs",
            key=f"chat_feedback_{message['id']}",
            default=message["feedback"],
            on_change=save_feedback,
            args=(message["id"],),
        )


def answer(prompt):
    reply = {
        "role": "assistant",
        "content": "",
        "id": st.session_state.chat_next_id,
        "feedback": None,
        "interrupted": True,  # until the last word is shown
    }
    st.session_state.chat_next_id += 1
    st.session_state.messages.append(reply)  # saved before streaming
    with st.chat_message("assistant"):
        words = reply_words(prompt, reply["id"])
        st.write_stream(saved_as_shown(words, reply))
    reply["interrupted"] = False
    st.rerun()  # draw it again from state, with its feedback


top = st.container()
prompt = st.chat_input(
    "Ask something",
    key="chat_prompt",
    max_chars=200,
)
if prompt is not None and not prompt.strip():
    top.warning("Type a question first: blank messages are not sent.")
elif prompt:
    ask(prompt.strip())

with top:
    left, right = st.columns(2)
    left.button(
        "Clear conversation",
        key="chat_clear",
        on_click=clear_conversation,
        icon=":material/delete_sweep:",
    )
    right.button(
        "Regenerate last answer",
        key="chat_regenerate",
        on_click=regenerate,
        icon=":material/refresh:",
        disabled=not st.session_state.messages,
    )
    dropped = st.session_state.chat_dropped
    if dropped:
        kept = f"the chat keeps only the last {MAX_MESSAGES}"
        st.info(
            f"{dropped} older messages were dropped: {kept}.",
            icon=":material/history:",
        )
    for message in st.session_state.messages:
        show(message)
    messages = st.session_state.messages
    if messages and messages[-1]["role"] == "user":
        answer(messages[-1]["content"])
