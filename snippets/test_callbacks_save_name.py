"""Test for callbacks_save_name.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

NAME = "callbacks_save_name.py"
HERE = Path(__file__).parent
# Beside this test, or one folder up when it is kept in tests/.
PLACES = (HERE / NAME, HERE.parent / NAME)
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
