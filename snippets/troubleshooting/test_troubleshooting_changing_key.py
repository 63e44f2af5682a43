"""Test for troubleshooting_changing_key.py: put it beside this file,
or one folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "troubleshooting_changing_key.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_what_was_typed_is_gone_after_the_rerun():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    first_key = at.text_input[0].key
    at.text_input[0].input("Ada").run()
    # A new key, so a new, empty widget; the old key is dropped.
    assert at.text_input[0].key != first_key
    assert at.text_input[0].value == ""
    assert first_key not in at.session_state
