"""Test for callbacks_save_name.py: put it beside it, run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("callbacks_save_name.py"))


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
