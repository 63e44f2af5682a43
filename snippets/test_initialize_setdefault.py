"""Test for initialize_setdefault.py: put it beside it, run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("initialize_setdefault.py"))


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
