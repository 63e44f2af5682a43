"""Test for errors_widget_modified.py: put it beside it, run
pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("errors_widget_modified.py"))


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
