"""Test for errors_form_callback.py: put it beside it, run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("errors_form_callback.py"))


def test_the_submit_buttons_callback_subscribes():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert not at.exception
    at.text_input(key="err_email").input(" ada@example.com ")
    at.button[0].click().run()
    assert at.session_state["err_subscribed"] == "ada@example.com"
    assert at.text[0].value == "Subscribed: ada@example.com"


def test_nothing_is_sent_before_submit():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="err_email").input("ada@example.com").run()
    assert at.session_state["err_subscribed"] == ""
    assert not at.text
