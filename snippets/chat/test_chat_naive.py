"""chat_naive.py alone: a turn that streams to its end is saved.

(A click during the stream loses the turn: only a browser can click
while a stream runs; the project's browser suite shows it.)

Put chat_naive.py beside this file, or one folder up if this file
is in tests/, and run pytest."""

import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "chat_naive.py"
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


def test_completed_turn_is_saved_after_the_stream():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.chat_input[0].placeholder == "Ask something"
    at.chat_input[0].set_value("Hi").run()
    history = at.session_state["chat_naive_messages"]
    assert [m["role"] for m in history] == ["user", "assistant"]
    assert history[0]["content"] == "Hi"
    reply = history[1]["content"]
    assert reply.startswith("This answer is saved only")
    at.button(key="chat_naive_click").click().run()
    assert len(at.session_state["chat_naive_messages"]) == 2
    assert [m.name for m in at.chat_message] == ["user", "assistant"]


def four_turns():
    turns = []
    for n in range(1, 5):
        turns.append({"role": "user", "content": f"q{n}"})
        turns.append({"role": "assistant", "content": f"a{n}"})
    return turns


def test_history_keeps_the_last_four_turns_questions_are_cut():
    # The history is sent again on every rerun: it must stay small.
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.session_state["chat_naive_messages"] = four_turns()
    at.run()
    assert at.chat_input[0].proto.max_chars == 500
    at.chat_input[0].set_value("x" * 5_000).run()
    history = at.session_state["chat_naive_messages"]
    assert len(history) == 8  # the oldest turn made room
    assert [m["content"] for m in history[:2]] == ["q2", "a2"]
    assert history[-2]["content"] == "x" * 500
