"""durable_state_store.py alone: its SQLite folder is made on first
use, a token in the URL brings the list back in a new session, bad
tokens give a message, a stale session cannot overwrite, and a store
that fails gives a message, leaks no token and recovers.

Put durable_state_store.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

import logging
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
UNREACHABLE = (
    "The saved lists cannot be reached right now; what you typed"
    " is kept. Try again in a moment."
)


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


def shown(at):
    """Every text the page shows."""
    parts = [
        *at.text,
        *at.markdown,
        *at.warning,
        *at.caption,
        *at.code,
    ]
    return " ".join(str(part.value) for part in parts)


def break_file(db):
    """Replace the store's file with one that is not a database;
    return the good bytes to put back."""
    good = db.read_bytes()
    db.unlink()
    db.write_bytes(b"this is not a database" * 100)
    return good


def test_a_broken_store_keeps_the_page_and_leaks_no_token(
    folder, caplog
):
    caplog.set_level(logging.WARNING)
    at = session()
    add(at, "milk")
    token = at.session_state["durable_token"]
    good = break_file(folder / "state.db")
    add(at, "eggs")
    assert notice(at) == UNREACHABLE
    assert at.text[0].value == "- milk"  # nothing lost
    assert at.text_input(key="durable_item").value == "eggs"
    assert token not in shown(at)
    assert "durable store failed" in caplog.text
    assert (
        token not in caplog.text and "parameters" not in caplog.text
    )
    (folder / "state.db").write_bytes(good)  # the file is back
    at.button(key="durable_add").click().run()
    assert not at.exception and not at.warning
    assert at.text[0].value == "- milk\n- eggs"


def test_a_link_opened_while_the_store_is_broken_loads_later(folder):
    first = session()
    add(first, "milk")
    link = first.query_params["durable_token"]
    good = break_file(folder / "state.db")
    late = session(link)
    assert notice(late) == UNREACHABLE
    assert late.query_params["durable_token"] == link  # kept
    (folder / "state.db").write_bytes(good)
    late.run()
    assert not late.warning
    assert late.text[0].value == "- milk"


def test_a_removed_file_is_made_again(folder):
    at = session()
    add(at, "milk")
    (folder / "state.db").unlink()
    add(at, "eggs")
    assert notice(at) == UNREACHABLE
    assert (folder / "state.db").is_file()  # made again, empty
    fresh = session()
    add(fresh, "bread")
    assert not fresh.warning
    assert fresh.text[0].value == "- bread"


def test_a_full_store_refuses_a_new_list_with_a_message(folder):
    at = session()  # makes the table
    engine = sa.create_engine(f"sqlite:///{folder / 'state.db'}")
    rows = [
        {"token": f"t{n}", "data": "{}", "now": int(time.time())}
        for n in range(10_000)
    ]
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO durable_state VALUES"
                " (:token, :data, 1, :now)"
            ),
            rows,
        )
    engine.dispose()
    add(at, "milk")
    assert notice(at).startswith("Not saved: the store is full.")
    assert at.text_input(key="durable_item").value == "milk"
    assert "durable_token" not in at.query_params
