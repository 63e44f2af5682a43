"""Test for widget_keys_value_conflict.py: put it beside this file, or
one folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "widget_keys_value_conflict.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_session_state_value_wins_over_value():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.text_input(key="team").value == "Data"
    assert at.session_state["team"] == "Data"
    # Only a log warning on the server: nothing on the page.
    assert not at.exception
    assert not at.warning


def test_typing_still_updates_the_key():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="team").input("Infra").run()
    assert at.session_state["team"] == "Infra"
    assert at.text[0].value == "Team in session state: Infra"
