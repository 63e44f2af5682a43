"""Test for testing_dialog.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "testing_dialog.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
NOTES = ["Buy milk", "Call Bob", "Book flights"]


def open_dialog():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="testing_open").click().run()
    return at


def test_tidy_up_opens_the_dialog():
    at = open_dialog()
    assert at.markdown[0].value == "Notes on the list: 3"
    assert at.button(key="testing_delete").label == "Delete all"


def test_a_button_in_a_dialog_fires_its_on_click():
    at = open_dialog()
    at.button(key="testing_delete").click().run()
    assert at.session_state["testing_notes"] == []
    assert not at.text


def test_an_if_button_in_a_dialog_never_fires():
    # AppTest reruns the whole script: "Tidy up" is False in that
    # run, so the dialog and its "if" are not drawn at all.
    at = open_dialog()
    at.button(key="testing_keep_first").click().run()
    assert at.session_state["testing_notes"] == NOTES
    assert [t.value for t in at.text] == NOTES
