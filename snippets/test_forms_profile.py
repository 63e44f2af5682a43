"""Test for forms_profile.py: put it beside it, run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("forms_profile.py"))


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
