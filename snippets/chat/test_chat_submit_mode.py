"""chat_submit_mode.py alone: the chosen mode reaches st.chat_input
and a completed question leaves the same state whatever the mode.

Put chat_submit_mode.py beside this file, or one folder up if this
file is in tests/, and run pytest."""

import time
from pathlib import Path

import pytest
from streamlit.proto.ChatInput_pb2 import ChatInput
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "chat_submit_mode.py"
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


@pytest.mark.parametrize("mode", ["submit", "disable", "stop"])
def test_mode_is_sent_and_state_is_the_same(mode):
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.radio(key="chat_mode").set_value(mode).run()
    sent = at.chat_input[0].proto.submit_mode
    name = ChatInput.SubmitMode.Name(sent)
    assert name == f"SUBMIT_MODE_{mode.upper()}"
    at.chat_input[0].set_value("Hi").run()
    history = at.session_state["chat_mode_messages"]
    assert history[0] == {"role": "user", "content": "Hi"}
    reply = history[1]
    assert reply["role"] == "assistant"
    assert reply["content"].startswith("While this answer streams")
    assert reply["content"].endswith("what each mode lets you do. ")
    assert reply["interrupted"] is False
    assert at.session_state["chat_mode"] == mode


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
    at.session_state["chat_mode_messages"] = four_turns()
    at.run()
    assert at.chat_input[0].proto.max_chars == 500
    at.chat_input[0].set_value("x" * 5_000).run()
    history = at.session_state["chat_mode_messages"]
    assert len(history) == 8  # the oldest turn made room
    assert [m["content"] for m in history[:2]] == ["q2", "a2"]
    assert history[-2]["content"] == "x" * 500
