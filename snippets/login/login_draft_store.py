"""Keep a draft through a login in a database. Each change is saved
under a random token, and only the token goes into this tab's URL
(?login_draft=...), never the draft. The login redirect ends on the
app's root URL without the query string, so log in in a new tab:
this tab keeps its URL, and a reload finds the draft by its token.

The store of the durable-state lesson: the [connections.durable] url
in .streamlit/secrets.toml, else a SQLite file in ./durable_state
(the environment variable DURABLE_STATE_DIR moves it)."""

import os
import re
import secrets
import time
from pathlib import Path

import streamlit as st
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool
from streamlit.errors import (
    StreamlitAuthError,
    StreamlitMissingAuthlibError,
)

PARAM = "login_draft"  # the URL's ?login_draft=<token>
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{43}")  # token_urlsafe(32)
TTL_SECONDS = 86_400  # a draft is kept for a day
MAX_ROWS = 10_000  # the disk is finite
UNREACHABLE = (
    "The draft store cannot be reached right now; what you typed is"
    " still here. Try again in a moment."
)
CREATE = (
    "CREATE TABLE IF NOT EXISTS login_drafts (token VARCHAR(64)"
    " PRIMARY KEY, draft TEXT NOT NULL, saved BIGINT NOT NULL)"
)
UPSERT = (
    "INSERT INTO login_drafts (token, draft, saved)"
    " VALUES (:token, :draft, :now) ON CONFLICT (token)"
    " DO UPDATE SET draft = excluded.draft, saved = excluded.saved"
)
SELECT = (
    "SELECT draft FROM login_drafts"
    " WHERE token = :token AND saved >= :cutoff"
)
EXPIRE = "DELETE FROM login_drafts WHERE saved < :cutoff"
COUNT = "SELECT COUNT(*) FROM login_drafts"


def store_url() -> str:
    """[connections.durable] url from secrets.toml, else SQLite."""
    try:
        return st.secrets["connections"]["durable"]["url"]
    except (FileNotFoundError, KeyError):
        folder = Path(
            os.environ.get("DURABLE_STATE_DIR", "durable_state")
        )
        folder.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{folder.resolve() / 'state.db'}"


URL = store_url()
pool = {"poolclass": NullPool} if URL.startswith("sqlite") else {}
conn = st.connection("durable", type="sql", url=URL, **pool)
state = st.session_state


def run(sql: str, **params):
    with conn.session as session:
        rows = session.execute(text(sql), params)
        found = rows.fetchall() if rows.returns_rows else []
        session.commit()
    return found


@st.cache_resource
def create_table(url: str) -> None:  # once per process and store
    run(CREATE)


def notice(message: str) -> None:
    state.login_draft_notice = message


def open_draft() -> None:
    """Once per session: the URL's token brings the draft back."""
    state.login_draft_token = None
    token = st.query_params.get(PARAM)
    if token is None:
        return
    cutoff = int(time.time()) - TTL_SECONDS  # older: as if gone
    row = (
        run(SELECT, token=token, cutoff=cutoff)
        if TOKEN_SHAPE.fullmatch(token)
        else []
    )
    if row:
        state.login_draft_token = token
        state.login_draft_text = row[0].draft
        state.login_draft_back = True
    else:
        st.query_params.pop(PARAM)
        notice(
            "No draft is saved under this link (never saved, kept"
            " for a day only, or a changed link)."
        )


def save() -> None:
    """on_change: store the draft under this tab's token."""
    now = int(time.time())
    token = state.login_draft_token
    try:
        run(EXPIRE, cutoff=now - TTL_SECONDS)
        if token is None:
            if run(COUNT)[0][0] >= MAX_ROWS:
                notice("Not saved: the store is full. Try later.")
                return
            token = secrets.token_urlsafe(32)
        run(
            UPSERT, token=token, draft=state.login_draft_text, now=now
        )
    except SQLAlchemyError:
        notice(UNREACHABLE)
        return
    state.login_draft_token = token


try:
    create_table(URL)
    if "login_draft_token" not in state:
        open_draft()
except SQLAlchemyError:
    state.setdefault("login_draft_token", None)
    notice(UNREACHABLE)
token = state.login_draft_token
if token and st.query_params.get(PARAM) != token:
    st.query_params[PARAM] = token  # only the token, never the draft

if st.query_params.get("login_draft_start") == "1":  # the new tab
    try:
        st.login()
    except (StreamlitAuthError, StreamlitMissingAuthlibError) as err:
        st.error(f"Login is not set up here: {type(err).__name__}.")

if "login_draft_notice" in state:
    st.warning(state.pop("login_draft_notice"))
st.text_input(
    "Draft (saved in the store)",
    key="login_draft_text",
    max_chars=500,
    on_change=save,
)
if st.user.get("is_logged_in", False):
    back = " The draft came back from the store."
    came_back = state.get("login_draft_back", False)
    st.success(
        f"Logged in as {st.user.sub}.{back if came_back else ''}"
    )
else:
    st.link_button("Log in in a new tab", "?login_draft_start=1")
    st.caption("Then reload this tab: its URL has the draft's token.")
