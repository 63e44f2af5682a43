"""Test for toggle_advanced.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "toggle_advanced.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_button_flips_the_flag_and_the_section():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.session_state["show_advanced"] is False
    assert not at.checkbox
    at.button[0].click().run()
    assert at.session_state["show_advanced"] is True
    assert [c.label for c in at.checkbox] == [
        "Enable audit logging",
        "Use experimental prompt template",
    ]
    at.button[0].click().run()
    assert not at.checkbox


def test_unkeyed_checkboxes_forget_their_value_when_hidden():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button[0].click().run()
    at.checkbox[0].check().run()
    at.button[0].click().run()  # close
    at.button[0].click().run()  # open again
    assert [c.value for c in at.checkbox] == [False, False]
