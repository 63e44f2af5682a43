"""Test for troubleshooting_changing_key.py: put it beside it, run
pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(
    Path(__file__).with_name("troubleshooting_changing_key.py")
)


def test_what_was_typed_is_gone_after_the_rerun():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    first_key = at.text_input[0].key
    at.text_input[0].input("Ada").run()
    # A new key, so a new, empty widget; the old key is dropped.
    assert at.text_input[0].key != first_key
    assert at.text_input[0].value == ""
    assert first_key not in at.session_state
