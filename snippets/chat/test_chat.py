"""chat.py alone: history in st.session_state.messages, feedback
stored with each answer, regenerate, clear, the size cap and blank
input.

Put chat.py beside this file, or one folder up if this file is in
tests/, and run pytest."""

import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "chat.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def no_word_delay(monkeypatch):
    # The pause between words lets a learner interrupt in a
    # browser; AppTest cannot interrupt, so cut it to 1 ms.
    real_sleep = time.sleep
    monkeypatch.setattr(
        time, "sleep", lambda s: real_sleep(min(s, 0.001))
    )


def ask(at, prompt):
    at.chat_input(key="chat_prompt").set_value(prompt).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def roles(at):
    return [m["role"] for m in at.session_state["messages"]]


def test_question_answer_feedback_regenerate_clear():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.chat_input[0].placeholder == "Ask something"
    ask(at, "What is state?")
    assert roles(at) == ["user", "assistant"]
    answer = at.session_state["messages"][1]
    assert answer["interrupted"] is False and answer["id"] == 0
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert at.chat_message[0].text[0].value == "What is state?"

    at.feedback(key="chat_feedback_0").set_value(1).run()
    assert at.session_state["messages"][1]["feedback"] == 1

    at.button(key="chat_regenerate").click().run()
    new = at.session_state["messages"][1]
    assert roles(at) == ["user", "assistant"]
    assert new["id"] == 1 and new["feedback"] is None
    assert new["content"] != answer["content"]

    at.button(key="chat_clear").click().run()
    assert at.session_state["messages"] == []
    assert len(at.chat_message) == 0


def test_cap_drops_the_oldest_turn_and_says_so():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    for n in range(4):
        ask(at, f"Question {n}")
    assert len(at.session_state["messages"]) == 8
    assert not at.info  # nothing dropped yet
    # Rate the answer to Question 1 (its id is 1).
    at.feedback(key="chat_feedback_1").set_value(1).run()
    ask(at, "Question 4")
    history = at.session_state["messages"]
    assert len(history) == 8
    users = [m["content"] for m in history if m["role"] == "user"]
    assert users == [f"Question {n}" for n in range(1, 5)]
    assert at.session_state["chat_dropped"] == 2
    assert [i.value for i in at.info] == [
        "2 older messages were dropped: "
        "the chat keeps only the last 8."
    ]
    # Ids, not positions: the rating stays on its answer.
    assert history[1]["id"] == 1 and history[1]["feedback"] == 1
    assert at.feedback(key="chat_feedback_1").value == 1
    at.button(key="chat_clear").click().run()
    assert at.session_state["chat_dropped"] == 0
    assert not at.info


def test_blank_message_is_refused_and_nothing_is_lost():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    ask(at, "First")
    before = [dict(m) for m in at.session_state["messages"]]
    ask(at, "  ")
    assert at.session_state["messages"] == before
    assert at.session_state["chat_next_id"] == 1
    assert [w.value for w in at.warning] == [
        "Type a question first: blank messages are not sent."
    ]
