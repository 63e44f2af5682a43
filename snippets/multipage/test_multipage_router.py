"""Test for multipage_router.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "multipage_router.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
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
