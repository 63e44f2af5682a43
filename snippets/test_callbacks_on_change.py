"""Test for callbacks_on_change.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

NAME = "callbacks_on_change.py"
HERE = Path(__file__).parent
# Beside this test, or one folder up when it is kept in tests/.
PLACES = (HERE / NAME, HERE.parent / NAME)
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
