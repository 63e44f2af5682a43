"""Test for errors_missing_key.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "errors_missing_key.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_key_exists_before_the_first_read():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert not at.exception
    assert at.session_state["err_visits"] == 1


def test_each_run_counts_and_nothing_resets_it():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.run()
    at.run()
    assert at.session_state["err_visits"] == 3
    assert "runs in this session: 3" in at.markdown[0].value
