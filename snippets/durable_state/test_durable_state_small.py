"""Test for durable_state_small.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "durable_state_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DURABLE_STATE_DIR", str(tmp_path / "store"))


def session(token=None):
    """A new session (a reload, a new tab): only the URL is kept."""
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    if token is not None:
        at.query_params["dur_token"] = token
    return at.run()


def url_token(at):
    """The URL's token (older AppTest gives a list of one)."""
    token = at.query_params["dur_token"]
    return token[0] if isinstance(token, list) else token


def add(at, item):
    at.text_input(key="dur_item").input(item)
    return at.button(key="dur_add").click().run()


def test_a_new_visitor_gets_a_token_in_the_url_and_an_empty_list():
    at = session()
    assert len(url_token(at)) == 43
    assert at.session_state["dur_items"] == []


def test_the_list_comes_back_in_a_new_session_with_the_same_token():
    first = add(add(session(), "milk"), "eggs")
    assert first.session_state["dur_items"] == ["milk", "eggs"]
    again = session(url_token(first))
    assert again.session_state["dur_items"] == ["milk", "eggs"]


def test_another_token_sees_its_own_list():
    add(session(), "milk")
    assert session().session_state["dur_items"] == []


def test_a_blank_item_is_not_added():
    at = add(session(), "   ")
    assert at.session_state["dur_items"] == []
