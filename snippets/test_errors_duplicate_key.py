"""Test for errors_duplicate_key.py: put it beside it, run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("errors_duplicate_key.py"))


def test_one_key_per_widget():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert not at.exception
    at.text_input(key="err_first_name").input("Ada").run()
    at.text_input(key="err_last_name").input("Lovelace").run()
    assert at.text[0].value == "Full name: Ada Lovelace"
