"""shared_state_module.py: notes in session state stay in their own
session.

Put shared_state_module.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "shared_state_module.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def add(at, text):
    at.text_input(key="shared_note").input(text)
    at.button(key="shared_add").click().run()


def test_a_second_session_starts_with_its_own_empty_list():
    alice = AppTest.from_file(SNIPPET, default_timeout=30).run()
    add(alice, "mine")
    assert alice.session_state["shared_notes"] == ["mine"]
    bob = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert bob.session_state["shared_notes"] == []
    count = bob.markdown[0].value
    assert count == "Notes in this tab's list: 0 of 10"


def test_blank_notes_are_ignored_and_the_list_is_capped():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    add(at, "   ")
    assert at.session_state["shared_notes"] == []
    for n in range(11):
        add(at, f"note {n}")
    assert len(at.session_state["shared_notes"]) == 10
    full = "Your list is full. Clear it to add more."
    assert at.warning[0].value == full
    at.button(key="shared_clear").click().run()
    assert at.session_state["shared_notes"] == []
