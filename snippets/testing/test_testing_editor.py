"""Test for testing_editor.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest, AppTestError

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "testing_editor.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_first_run_warns_about_cake():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.markdown[0].value == "Items in stock: 46"
    assert at.warning[0].value == "Running low: Cake"


def test_an_edit_is_set_through_state():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.session_state["testing_editor"] = {
        "edited_rows": {2: {"count": 10}},  # row 2 is Cake
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert at.markdown[0].value == "Items in stock: 52"
    assert not at.warning


def test_set_value_on_a_data_editor_is_refused():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    with pytest.raises(AppTestError, match="session_state"):
        at.data_editor[0].set_value(None)
