"""Test for multipage_router.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

NAME = "multipage_router.py"
HERE = Path(__file__).parent
# Beside this test, or one folder up when it is kept in tests/.
PLACES = (HERE / NAME, HERE.parent / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_first_page_greets_a_stranger():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.header[0].value == "First page"
    assert at.text[0].value == "Hello, stranger"


def test_the_router_widget_is_in_the_sidebar_of_every_run():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.sidebar.text_input(key="mp_router_name").input("Ada").run()
    at.run()
    assert at.session_state["mp_router_name"] == "Ada"
    assert at.text[0].value == "Hello, Ada"
