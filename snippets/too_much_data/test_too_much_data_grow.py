"""Test for too_much_data_grow.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "too_much_data_grow.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_each_click_adds_10000_rows_to_this_session():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.markdown[0].value == "No `size_table` in this session."
    at.button[0].click().run()
    at.button[0].click().run()
    assert len(at.session_state["size_table"]) == 20_000
    assert "holds 20,000 rows" in at.markdown[0].value


def test_delete_removes_the_key():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.button[1].disabled
    at.button[0].click().run()
    at.button[1].click().run()
    assert "size_table" not in at.session_state
    assert at.button[1].disabled
