"""Test for errors_form_callback.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "errors_form_callback.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


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
