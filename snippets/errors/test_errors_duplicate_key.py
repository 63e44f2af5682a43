"""Test for errors_duplicate_key.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "errors_duplicate_key.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_one_key_per_widget():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert not at.exception
    at.text_input(key="err_first_name").input("Ada").run()
    at.text_input(key="err_last_name").input("Lovelace").run()
    assert at.text[0].value == "Full name: Ada Lovelace"
