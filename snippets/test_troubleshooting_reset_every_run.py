"""Test for troubleshooting_reset_every_run.py: put it beside it,
run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(
    Path(__file__).with_name("troubleshooting_reset_every_run.py")
)


def test_the_unguarded_assignment_puts_berlin_back():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="ts_city_reset").input("Lisbon").run()
    assert at.session_state["ts_city_reset"] == "Berlin"
    assert at.text_input(key="ts_city_reset").value == "Berlin"
