"""durable_state_store.py alone: its SQLite folder is made on first
use, a token in the URL brings the list back in a new session, bad
tokens give a message, and a stale session cannot overwrite.

Put durable_state_store.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

import re
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "durable_state_store.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    where = tmp_path / "made" / "on-first-use"
    monkeypatch.setenv("DURABLE_STATE_DIR", str(where))
    return where


def session(token=None):
    """A new session (a reload, a new tab): only the URL is kept.
    The token goes in as at.query_params gave it (a list in older
    AppTest, a string in newer)."""
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    if token is not None:
        at.query_params["durable_token"] = token
    at.run()
    assert not at.exception
    return at


def add(at, item):
    at.text_input(key="durable_item").input(item)
    return at.button(key="durable_add").click().run()


def notice(at):
    [warning] = at.warning
    return warning.value


def test_folder_and_file_are_made_on_first_use(folder):
    assert not folder.exists()
    session()
    assert (folder / "state.db").is_file()


def test_a_new_session_with_the_token_gets_the_list(folder):
    first = session()
    add(first, "milk")
    assert TOKEN.fullmatch(first.session_state["durable_token"])
    again = session(first.query_params["durable_token"])
    assert again.text[0].value == "- milk"
    assert again.session_state["durable_added"] == 0


@pytest.mark.parametrize("token", ["bad", "A" * 43])
def test_a_bad_token_starts_empty_with_a_message(token):
    at = session(token)
    assert notice(at).endswith("You start with an empty list.")
    assert at.text[0].value == "(empty)"
    assert "durable_token" not in at.query_params


def test_an_expired_row_is_deleted(folder):
    first = session()
    add(first, "milk")
    token = first.query_params["durable_token"]
    engine = sa.create_engine(f"sqlite:///{folder / 'state.db'}")
    with engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE durable_state SET last_seen = :t"),
            {"t": int(time.time()) - 31 * 86400},
        )
    engine.dispose()
    late = session(token)
    assert "not opened for 30 days" in notice(late)
    assert late.text[0].value == "(empty)"


def test_a_stale_session_is_told_to_reload():
    tab_a = session()
    add(tab_a, "milk")
    tab_b = session(tab_a.query_params["durable_token"])
    add(tab_b, "eggs")
    add(tab_a, "bread")
    assert "changed elsewhere" in notice(tab_a)
    tab_a.button(key="durable_reload").click().run()
    tab_a.button(key="durable_add").click().run()
    assert tab_a.text[0].value == "- milk\n- eggs\n- bread"


def test_new_token_and_forget_me():
    at = session()
    add(at, "milk")
    old = at.query_params["durable_token"]
    at.button(key="durable_rotate").click().run()
    new = at.query_params["durable_token"]
    assert new != old
    assert TOKEN.fullmatch(at.session_state["durable_token"])
    assert "No saved list" in notice(session(old))
    at.button(key="durable_forget").click().run()
    assert "durable_token" not in at.query_params
    assert "No saved list" in notice(session(new))


def test_the_size_cap():
    at = session()
    for n in range(19):
        add(at, f"{n:02d}" + "x" * 98)
    add(at, "y" * 100)
    assert "over the limit of 2,000" in notice(at)
    assert len(at.session_state["durable_items"]) == 19
