"""Test for testing_guests.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "testing_guests.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_fill_the_form_and_submit_in_one_run():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="testing_guest").input("Ada")
    at.number_input(key="testing_seats").set_value(3)
    at.button[0].click().run()  # one run: inputs and submit
    assert at.session_state["testing_guests"] == ["Ada: 3"]
    assert [t.value for t in at.text] == ["Ada: 3"]


def test_a_run_between_typing_and_submit_drops_the_input():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="testing_guest").input("Ada").run()
    at.button[0].click().run()
    assert at.session_state["testing_guests"] == []


def test_clear_on_submit_shows_on_the_next_submit():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="testing_guest").input("Ada")
    at.button[0].click().run()
    # The browser empties the field now; AppTest still shows "Ada".
    assert at.text_input(key="testing_guest").value == "Ada"
    at.button[0].click().run()  # sends the cleared, empty form
    assert at.text_input(key="testing_guest").value == ""
    assert at.session_state["testing_guests"] == ["Ada: 1"]
