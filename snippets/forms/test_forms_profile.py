"""Test for forms_profile.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "forms_profile.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_submit_saves_the_email():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    # Set the input, then press submit, in one run.
    at.text_input(key="email").input("ada@example.com")
    at.button[0].click().run()
    assert at.session_state["saved_email"] == "ada@example.com"
    assert at.session_state["email"] == "ada@example.com"
    assert "ada@example.com" in at.text[0].value


def test_typing_without_submit_changes_nothing():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="email").input("draft@example.com").run()
    assert at.session_state["email"] == ""
    assert at.session_state["saved_email"] == ""
    assert not at.text
