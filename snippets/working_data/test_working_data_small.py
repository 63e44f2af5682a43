"""Test for working_data_small.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

# Needs Streamlit 1.66 or newer: on older ones the edit state
# this test sets in st.session_state never reaches the editor.

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "working_data_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def edit_stock(at, row, stock):
    # AppTest cannot type into a data_editor: set its edit state.
    at.session_state["wd_editor"] = {
        "edited_rows": {row: {"stock": stock}},
        "added_rows": [],
        "deleted_rows": [],
    }
    return at.run()


def test_apply_changes_this_users_copy_only():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    edit_stock(at, 0, 99)
    at.button(key="wd_apply").click().run()
    assert list(at.session_state["wd_df"]["stock"]) == [99, 4]
    # Another session (another user) still loads the shared data.
    other = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert list(other.session_state["wd_df"]["stock"]) == [10, 4]


def test_reset_brings_back_the_loaded_data():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    edit_stock(at, 1, 0)
    at.button(key="wd_apply").click().run()
    at.button(key="wd_reset").click().run()
    assert list(at.session_state["wd_df"]["stock"]) == [10, 4]


def test_apply_with_no_edits_keeps_the_data():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="wd_apply").click().run()
    assert list(at.session_state["wd_df"]["stock"]) == [10, 4]
    assert not at.exception
