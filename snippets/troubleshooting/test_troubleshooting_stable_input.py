"""Test for troubleshooting_stable_input.py: put it beside this file,
or one folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "troubleshooting_stable_input.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


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
