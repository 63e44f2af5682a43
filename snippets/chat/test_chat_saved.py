"""chat_saved.py alone: the reply is saved before streaming and marked
interrupted until its last word; an interrupted reply is drawn with a
note. (The interruption itself needs a browser.)

Put chat_saved.py beside this file, or one folder up if this file
is in tests/, and run pytest."""

import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "chat_saved.py"
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


NOTE = "Interrupted: the answer stopped here."


def test_completed_reply_is_not_marked_interrupted():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.chat_input[0].set_value("Hi").run()
    history = at.session_state["chat_saved_messages"]
    assert [m["role"] for m in history] == ["user", "assistant"]
    assert history[1]["interrupted"] is False
    reply = history[1]["content"]
    assert reply.startswith("This answer is saved word")
    assert NOTE not in [c.value for c in at.caption]


def test_an_interrupted_reply_left_in_state_is_drawn_with_a_note():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.session_state["chat_saved_messages"] = [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "This", "interrupted": True},
    ]
    at.run()
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert NOTE in [c.value for c in at.caption]


def four_turns():
    turns = []
    for n in range(1, 5):
        turns.append({"role": "user", "content": f"q{n}"})
        turns.append(
            {
                "role": "assistant",
                "content": f"a{n}",
                "interrupted": False,
            }
        )
    return turns


def test_history_keeps_the_last_four_turns_questions_are_cut():
    # The history is sent again on every rerun: it must stay small.
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.session_state["chat_saved_messages"] = four_turns()
    at.run()
    assert at.chat_input[0].proto.max_chars == 500
    at.chat_input[0].set_value("x" * 5_000).run()
    history = at.session_state["chat_saved_messages"]
    assert len(history) == 8  # the oldest turn made room
    assert [m["content"] for m in history[:2]] == ["q2", "a2"]
    assert history[-2]["content"] == "x" * 500
