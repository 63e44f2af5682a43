"""Test for callbacks_on_change.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "callbacks_on_change.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_celsius_updates_fahrenheit():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.number_input(key="celsius").set_value(100.0).run()
    assert at.session_state["fahrenheit"] == 212.0
    assert at.number_input(key="fahrenheit").value == 212.0
    assert not at.exception


def test_fahrenheit_updates_celsius():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.number_input(key="fahrenheit").set_value(32.0).run()
    assert at.session_state["celsius"] == 0.0
    assert at.number_input(key="celsius").value == 0.0
