"""Test for initialize_setdefault.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "initialize_setdefault.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_setdefault_starts_the_page_size_at_25():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.session_state["page_size"] == 25
    assert at.number_input(key="page_size").value == 25


def test_setdefault_never_puts_25_back():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.number_input(key="page_size").set_value(50).run()
    at.run()
    assert at.session_state["page_size"] == 50
    assert at.markdown[0].value == "Rows per page: `50`"
