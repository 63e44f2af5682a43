"""Test for serializable_check_first.py: put it beside it, run
pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("serializable_check_first.py"))


def test_the_dict_is_stored():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button[0].click().run()
    assert at.session_state["ser_settings"]["theme"] == "dark"
    assert at.markdown[-1].value == "Stored so far: ser_settings"


def test_the_lambda_is_refused_and_never_stored():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button[1].click().run()
    assert "ser_format" not in at.session_state
    assert at.error[0].value.startswith("Not stored: ")
    assert at.markdown[-1].value == "Stored so far: nothing"
