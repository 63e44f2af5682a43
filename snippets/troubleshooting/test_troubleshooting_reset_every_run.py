"""Test for troubleshooting_reset_every_run.py: put it beside this
file, or one folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "troubleshooting_reset_every_run.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_unguarded_assignment_puts_berlin_back():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="ts_city_reset").input("Lisbon").run()
    assert at.session_state["ts_city_reset"] == "Berlin"
    assert at.text_input(key="ts_city_reset").value == "Berlin"
