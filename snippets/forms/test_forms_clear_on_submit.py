"""Test for forms_clear_on_submit.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "forms_clear_on_submit.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def add(at, text=None):
    if text is not None:
        at.text_input(key="note_text").input(text)
    at.button[0].click().run()


def test_each_submit_adds_a_note():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    add(at, "Buy milk")
    add(at, "Call Bob")
    assert at.session_state["notes"] == ["Buy milk", "Call Bob"]
    shown = [t.value for t in at.text]
    assert shown == ["1. Buy milk", "2. Call Bob"]


def test_the_form_is_empty_after_a_submit():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    add(at, "Buy milk")
    add(at)  # a submit without typing sends the cleared field
    assert at.session_state["notes"] == ["Buy milk"]
    assert at.text_input(key="note_text").value == ""
    assert at.error[0].value == "Not added: the note was empty."
