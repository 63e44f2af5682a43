"""Test for callbacks_save_name.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "callbacks_save_name.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_save_stores_the_stripped_name_in_the_same_run():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="name").input("  Ada Lovelace  ").run()
    assert at.session_state["submitted_name"] == ""
    at.button[0].click().run()
    assert at.session_state["submitted_name"] == "Ada Lovelace"
    assert at.text[0].value == "Saved: Ada Lovelace"


def test_a_blank_name_saves_nothing():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="name").input("   ").run()
    at.button[0].click().run()
    assert at.session_state["submitted_name"] == ""
    assert not at.text
