"""Test for wizard_small.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "wizard_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_continue_is_refused_until_a_name_is_entered():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button[0].click().run()
    assert at.session_state["wiz_step"] == 1
    assert [e.value for e in at.error] == [
        "Enter your name to continue."
    ]


def test_continue_moves_on_in_one_click_and_back_keeps_the_name():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input[0].input("Ada")
    at.button[0].click().run()
    assert at.markdown[0].value == "Step 2 of 2: hello, Ada!"
    assert len(at.text_input) == 0
    at.button[0].click().run()
    assert at.text_input[0].value == "Ada"
    assert not at.error
