"""login_draft_store.py alone, with AppTest: a typed draft is saved
under a token that goes into the URL (the draft does not), a new
session with that URL (a reload) gets it back, logged in, and a bad
or day-old link or an unreachable store gives a message. `at.user`
stands in for the login done in the other tab; the new tab and the
redirect need a browser.

Put login_draft_store.py beside this file, or one folder up if this
file is in tests/, and run pytest."""

import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "login_draft_store.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")
LOGGED_OUT = {"is_logged_in": False}


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DURABLE_STATE_DIR", str(tmp_path))
    return tmp_path


def session(user, query=None, secrets=None):
    """A new session (a reload, a new tab): only the URL is kept."""
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = user
    at.query_params.update(query or {})
    if secrets is not None:
        at.secrets = secrets
    at.run()
    assert not at.exception
    return at


def type_draft(at, draft):
    at.text_input(key="login_draft_text").input(draft).run()
    assert not at.exception
    return at


def token_of(at):
    token = at.query_params["login_draft"]
    return token[0] if isinstance(token, list) else token


def test_the_url_gets_a_token_not_the_draft():
    at = type_draft(session(LOGGED_OUT), "dear Ann, about Friday")
    assert TOKEN.fullmatch(token_of(at))
    assert "Friday" not in str(dict(at.query_params))


def test_a_reload_with_that_url_brings_the_draft_back_logged_in():
    token = token_of(type_draft(session(LOGGED_OUT), "buy milk"))
    at = session(
        {"is_logged_in": True, "sub": "u-1"}, {"login_draft": token}
    )
    assert at.text_input(key="login_draft_text").value == "buy milk"
    assert at.success[0].value == (
        "Logged in as u-1. The draft came back from the store."
    )


def test_a_second_change_keeps_the_token():
    at = type_draft(session(LOGGED_OUT), "buy milk")
    token = token_of(at)
    type_draft(at, "buy oat milk")
    assert token_of(at) == token
    again = session(LOGGED_OUT, {"login_draft": token})
    assert (
        again.text_input(key="login_draft_text").value
        == "buy oat milk"
    )


@pytest.mark.parametrize("token", ["not-a-token", "A" * 43])
def test_a_bad_or_unknown_token_says_so_and_leaves_the_url(token):
    at = session(LOGGED_OUT, {"login_draft": token})
    assert at.warning[0].value.startswith(
        "No draft is saved under this"
    )
    assert "login_draft" not in at.query_params
    assert at.text_input(key="login_draft_text").value == ""


def test_a_draft_older_than_a_day_is_not_brought_back(folder):
    token = token_of(type_draft(session(LOGGED_OUT), "buy milk"))
    engine = sa.create_engine(f"sqlite:///{folder / 'state.db'}")
    with engine.begin() as db:  # saved two days ago
        db.execute(
            sa.text("UPDATE login_drafts SET saved = saved - 172800")
        )
    engine.dispose()
    at = session(LOGGED_OUT, {"login_draft": token})
    assert at.warning[0].value.startswith(
        "No draft is saved under this"
    )
    assert at.text_input(key="login_draft_text").value == ""


def test_an_unreachable_store_says_so_and_keeps_the_typing(tmp_path):
    gone = {
        "url": f"sqlite:///{tmp_path / 'no' / 'such' / 'folder.db'}"
    }
    at = session(
        LOGGED_OUT, secrets={"connections": {"durable": gone}}
    )
    assert at.warning[0].value.startswith("The draft store cannot be")
    type_draft(at, "buy milk")
    assert at.warning[0].value.startswith("The draft store cannot be")
    assert at.text_input(key="login_draft_text").value == "buy milk"
    assert "login_draft" not in at.query_params


def test_the_new_tab_without_auth_secrets_says_so():
    at = session(LOGGED_OUT, {"login_draft_start": "1"})
    assert at.error[0].value == (
        "Login is not set up here: StreamlitAuthError."
    )
