"""Test for troubleshooting_changing_key.py: put it beside this file,
or one folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

NAME = "troubleshooting_changing_key.py"
HERE = Path(__file__).parent
# Beside this test, or one folder up when it is kept in tests/.
PLACES = (HERE / NAME, HERE.parent / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_what_was_typed_is_gone_after_the_rerun():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    first_key = at.text_input[0].key
    at.text_input[0].input("Ada").run()
    # A new key, so a new, empty widget; the old key is dropped.
    assert at.text_input[0].key != first_key
    assert at.text_input[0].value == ""
    assert first_key not in at.session_state
