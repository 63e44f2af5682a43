"""Test for forms_profile.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

NAME = "forms_profile.py"
HERE = Path(__file__).parent
# Beside this test, or one folder up when it is kept in tests/.
PLACES = (HERE / NAME, HERE.parent / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_submit_saves_the_email():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    # Set the input, then press submit, in one run.
    at.text_input(key="email").input("ada@example.com")
    at.button[0].click().run()
    assert at.session_state["saved_email"] == "ada@example.com"
    assert "ada@example.com" in at.text[0].value


def test_typing_without_submit_changes_nothing():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="email").input("draft@example.com").run()
    assert at.session_state["email"] == ""
    assert at.session_state["saved_email"] == ""
    assert not at.text
