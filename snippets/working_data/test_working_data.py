"""Test for working_data.py: put it beside this file, or one folder up
if this file is in tests/, and run pytest."""

# Needs Streamlit 1.66 or newer: on older ones the edit state
# this test sets in st.session_state never reaches the editor.

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "working_data.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def click(at, label):
    next(b for b in at.button if b.label == label).click().run()


def edit_units(at, row, units):
    # AppTest cannot type into a data_editor: set its edit state.
    at.session_state["working_editor"] = {
        "edited_rows": {row: {"units": units}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()


def test_apply_then_undo():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    original = at.session_state["working_df"].loc[0, "units"]
    edit_units(at, 0, 999)
    click(at, "Apply changes")
    assert at.session_state["working_df"].loc[0, "units"] == 999
    assert len(at.session_state["working_history"]) == 1
    click(at, "Undo last change")
    assert at.session_state["working_df"].loc[0, "units"] == original


def test_each_session_starts_from_the_loaded_data():
    first = AppTest.from_file(SNIPPET, default_timeout=30).run()
    original = first.session_state["working_df"].loc[0, "units"]
    edit_units(first, 0, 999)
    click(first, "Apply changes")
    second = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert second.session_state["working_df"].loc[0, "units"] == (
        original
    )
