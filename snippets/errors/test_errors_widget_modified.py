"""Test for errors_widget_modified.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "errors_widget_modified.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_key_set_before_the_widget_is_its_value():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert not at.exception
    assert at.text_input(key="err_city").value == "Berlin"


def test_a_callback_may_set_the_widgets_key():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="err_use_paris").click().run()
    assert not at.exception
    assert at.session_state["err_city"] == "Paris"
    assert at.text_input(key="err_city").value == "Paris"
