"""Test for widget_keys_value_conflict.py: put it beside it, run
pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(
    Path(__file__).with_name("widget_keys_value_conflict.py")
)


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
