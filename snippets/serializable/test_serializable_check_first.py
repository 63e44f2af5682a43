"""Test for serializable_check_first.py: put it beside this file, or
one folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "serializable_check_first.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_dict_is_stored():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button[0].click().run()
    assert at.session_state["ser_settings"]["theme"] == "dark"
    assert at.markdown[-1].value == "Stored so far: ser_settings"


def test_the_lambda_is_refused_and_never_stored():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button[1].click().run()
    assert "ser_format" not in at.session_state
    assert at.error[0].value.startswith("Not stored: ")
    assert at.markdown[-1].value == "Stored so far: nothing"
