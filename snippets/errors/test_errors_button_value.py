"""Test for errors_button_value.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "errors_button_value.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_click_is_kept_under_a_key_of_its_own():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.markdown[0].value == "Saved: False"
    at.button(key="err_save").click().run()
    assert not at.exception
    assert at.session_state["err_saved"] is True
    at.run()  # the button is False again, the key stays True
    assert at.session_state["err_save"] is False
    assert at.markdown[0].value == "Saved: True"
