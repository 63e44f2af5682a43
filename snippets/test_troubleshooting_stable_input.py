"""Test for troubleshooting_stable_input.py: put it beside it, run
pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(
    Path(__file__).with_name("troubleshooting_stable_input.py")
)


def test_the_city_starts_at_berlin():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.text_input(key="ts_city").value == "Berlin"


def test_typed_values_survive_reruns():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="ts_nickname").input("Ada").run()
    at.text_input(key="ts_city").input("Lisbon").run()
    at.run()
    assert at.text_input(key="ts_nickname").value == "Ada"
    assert at.session_state["ts_city"] == "Lisbon"
