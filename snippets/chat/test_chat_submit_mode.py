"""chat_submit_mode.py alone: the chosen mode reaches st.chat_input
and a completed question leaves the same state whatever the mode.

Put chat_submit_mode.py beside this file, or one folder up if this
file is in tests/, and run pytest."""

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


@pytest.mark.parametrize("mode", ["submit", "disable", "stop"])
def test_mode_is_sent_and_state_is_the_same(mode):
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.radio(key="chat_mode").set_value(mode).run()
    sent = at.chat_input[0].proto.submit_mode
    name = ChatInput.SubmitMode.Name(sent)
    assert name == f"SUBMIT_MODE_{mode.upper()}"
    at.chat_input[0].set_value("Hi").run()
    history = at.session_state["chat_mode_messages"]
    assert [m["role"] for m in history] == ["user", "assistant"]
    assert history[1]["interrupted"] is False


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
