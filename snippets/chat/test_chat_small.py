"""Test for chat_small.py: put it beside this file, or one folder up
if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "chat_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def say(at, text):
    return (
        at.chat_input(key="chat_small_prompt").set_value(text).run()
    )


def conversation(at):
    return [(m.name, m.children[0].value) for m in at.chat_message]


def test_each_message_is_answered_and_the_whole_history_redrawn():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert conversation(at) == []
    say(at, "hello there")
    say(at, "bye")
    assert conversation(at) == [
        ("user", "hello there"),
        ("assistant", "2 word(s)."),
        ("user", "bye"),
        ("assistant", "1 word(s)."),
    ]


def test_markdown_in_a_message_is_shown_as_typed():
    at = say(
        AppTest.from_file(SNIPPET, default_timeout=30).run(), "**hi**"
    )
    assert conversation(at)[0] == ("user", "**hi**")


def test_only_the_last_twenty_messages_are_kept():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    for n in range(11):
        say(at, f"message {n}")
    history = at.session_state["chat_small_messages"]
    assert len(history) == 20
    assert history[0]["content"] == "message 1"
