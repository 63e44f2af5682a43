"""Test for testing_small.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "testing_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_a_click_runs_the_callback_then_the_script():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.markdown[0].value == "Clicks: 0"
    at.button(key="testing_add_one").click().run()
    assert at.session_state["testing_clicks"] == 1
    assert at.markdown[0].value == "Clicks: 1"
