"""Test for serializable_small.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "serializable_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def store(choice):
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.radio(key="ser_small_pick").set_value(choice).run()
    return at.button(key="ser_small_store").click().run()


def test_a_dict_is_stored():
    at = store("a dict")
    assert [s.value for s in at.success] == ["Stored a dict."]
    assert at.session_state["ser_small_value"] == {"page_size": 25}


def test_a_lambda_is_refused_with_a_message_and_not_stored():
    at = store("a lambda")
    assert [e.value for e in at.error] == [
        "Not stored: pickle refuses a lambda."
    ]
    assert "ser_small_value" not in at.session_state
    assert not at.exception
