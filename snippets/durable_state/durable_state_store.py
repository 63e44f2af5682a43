"""A visitor's list kept in a database, found again by a URL token.

Runs as is with a SQLite file in ./durable_state (the environment
variable DURABLE_STATE_DIR moves it). In production, put a database
URL in .streamlit/secrets.toml instead:

    [connections.durable]
    url = "postgresql+psycopg2://app:PASSWORD@db.internal:5432/app"
"""

import functools
import json
import logging
import os
import re
import secrets
import time
from pathlib import Path

import streamlit as st
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

PARAM = "durable_token"  # the URL's ?durable_token=...
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{43}")  # token_urlsafe(32)
MAX_BYTES = 2_000  # the most one visitor may store
MAX_ROWS = 10_000  # the most rows in the store: the disk is finite
TTL_DAYS = 30  # a row nobody opened for this long is deleted
UNREACHABLE = (
    "The saved lists cannot be reached right now; what you typed"
    " is kept. Try again in a moment."
)
log = logging.getLogger("durable_state")

CREATE = """CREATE TABLE IF NOT EXISTS durable_state (
    token VARCHAR(64) PRIMARY KEY,
    data TEXT NOT NULL,
    version INTEGER NOT NULL,
    last_seen BIGINT NOT NULL)"""
SELECT = (
    "SELECT data, version, last_seen FROM durable_state"
    " WHERE token = :token"
)
INSERT = (
    "INSERT INTO durable_state (token, data, version, last_seen)"
    " VALUES (:token, :data, 1, :now)"
)
SAVE = (
    "UPDATE durable_state"
    " SET data = :data, version = version + 1, last_seen = :now"
    " WHERE token = :token AND version = :version"
)
TOUCH = (
    "UPDATE durable_state SET last_seen = :now WHERE token = :token"
)
ROTATE = "UPDATE durable_state SET token = :new WHERE token = :token"
DELETE = "DELETE FROM durable_state WHERE token = :token"
EXPIRE = "DELETE FROM durable_state WHERE last_seen < :cutoff"
COUNT = "SELECT COUNT(*) FROM durable_state"


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
# SQLite: open the file for each use, so a file that was replaced or
# made again is the one read, never an old handle's.
pool = {"poolclass": NullPool} if URL.startswith("sqlite") else {}
conn = st.connection("durable", type="sql", url=URL, **pool)
state = st.session_state


@st.cache_resource
def create_table(url: str) -> None:
    write(CREATE)  # once per server process and database


@st.cache_data(ttl=3600)  # any visit sweeps, at most once an hour
def sweep(url: str) -> None:
    write(EXPIRE, cutoff=int(time.time()) - TTL_DAYS * 86400)


def write(sql: str, **params) -> int:
    """One statement in its own transaction; returns rows changed."""
    with conn.session as session:
        changed = session.execute(text(sql), params).rowcount
        session.commit()
    return changed


def read(token: str):
    with conn.session as session:
        return session.execute(text(SELECT), {"token": token}).first()


def notice(message: str) -> None:
    state.durable_notice = message


def unreachable(error: SQLAlchemyError) -> None:
    """Say so on the page; log the cause without a token."""
    # str(error) holds the SQL and its parameters: a user's token.
    cause = str(getattr(error, "orig", None) or type(error).__name__)
    log.warning(
        "durable store failed: %s",
        re.sub(r"[A-Za-z0-9_-]{43}", "<token>", cause),
    )
    notice(UNREACHABLE)
    conn.engine.dispose()  # next time: new connections, and
    create_table.clear()  # the file and table made again if gone


def guarded(action):
    """A callback whose store failure becomes a message."""

    @functools.wraps(action)
    def run(*args) -> None:
        try:
            action(*args)
        except SQLAlchemyError as error:
            unreachable(error)

    return run


def start_empty() -> None:
    state.durable_token = None
    state.durable_items = []
    state.durable_version = 0


def load(token: str) -> None:
    """Fill this session from the store, or start empty: say why.
    If the store fails, the page keeps what it shows."""
    now = int(time.time())
    try:
        row = read(token)
        old = row and row.last_seen < now - TTL_DAYS * 86400
        if old:
            write(DELETE, token=token)
        elif row:
            write(TOUCH, now=now, token=token)
    except SQLAlchemyError as error:
        unreachable(error)
        return
    start_empty()
    if row is None:
        notice(
            "No saved list belongs to this link (never saved, "
            "forgotten, replaced by a new token, deleted after "
            f"{TTL_DAYS} days unopened, or a changed link). You "
            "start with an empty list."
        )
    elif old:
        notice(
            f"The list saved under this link was not opened for "
            f"{TTL_DAYS} days and was deleted. You start empty."
        )
    else:
        state.durable_token = token
        state.durable_items = json.loads(row.data)["items"]
        state.durable_version = row.version
    if state.durable_token is None:
        st.query_params.pop(PARAM, None)  # never keep a bad token


def open_from_url() -> None:
    """Once per session: a reload, a new tab or a bookmark."""
    state.durable_added = 0
    token = st.query_params.get(PARAM)
    if token is None:
        start_empty()
    elif not TOKEN_SHAPE.fullmatch(token):
        start_empty()
        st.query_params.pop(PARAM)
        notice(
            "This link's token is not valid, so nothing was loaded."
            " You start with an empty list."
        )
    else:
        # Version 0: not loaded yet. If the store fails now, the
        # link is kept and the next run loads it.
        start_empty()
        state.durable_token = token
        load(token)


def save(items: list[str]) -> bool:
    """Store the new list if nobody changed it since we loaded it."""
    data = json.dumps({"items": items})
    size = len(data.encode())
    now = int(time.time())
    if state.durable_token and not state.durable_version:
        notice(UNREACHABLE)  # its list is not loaded yet
        return False
    if size > MAX_BYTES:
        notice(
            f"Not saved: {size:,} bytes is over the limit of"
            f" {MAX_BYTES:,}. Clear the list first."
        )
        return False
    if state.durable_token is None:  # first save: issue a token
        write(EXPIRE, cutoff=now - TTL_DAYS * 86400)
        if read_count() >= MAX_ROWS:
            notice(
                "Not saved: the store is full. What you typed is"
                " kept; try again later."
            )
            return False
        token = secrets.token_urlsafe(32)
        write(INSERT, token=token, data=data, now=now)
        state.durable_token, state.durable_version = token, 1
    elif write(
        SAVE,
        data=data,
        now=now,
        token=state.durable_token,
        version=state.durable_version,
    ):
        state.durable_version += 1
    else:
        notice(
            "Not saved: this list was changed elsewhere (another "
            "tab, device or server) since this page loaded it. "
            "Reload it, then make your change again."
        )
        return False
    state.durable_items = items
    return True


def read_count() -> int:
    with conn.session as session:
        return session.execute(text(COUNT)).scalar_one()


@guarded
def add_item() -> None:
    item = state.durable_item.strip()
    if item and save([*state.durable_items, item]):
        state.durable_item = ""
        state.durable_added += 1


@guarded
def clear_list() -> None:
    save([])


def reload() -> None:
    load(state.durable_token)


@guarded
def rotate() -> None:
    new = secrets.token_urlsafe(32)
    if write(ROTATE, new=new, token=state.durable_token):
        state.durable_token = new
        notice("New token: the old link no longer opens your list.")
    else:
        reload()


@guarded
def forget() -> None:
    write(DELETE, token=state.durable_token)
    start_empty()
    st.query_params.pop(PARAM, None)
    notice(
        "Forgotten: your row is deleted from the store and the"
        " token is gone from the address bar."
    )


try:
    create_table(URL)
    sweep(URL)
except SQLAlchemyError as error:
    unreachable(error)
if "durable_token" not in st.session_state:
    open_from_url()
elif state.durable_token and not state.durable_version:
    load(state.durable_token)  # its first load failed: again
if (
    state.durable_token
    and st.query_params.get(PARAM) != state.durable_token
):
    st.query_params[PARAM] = state.durable_token  # keep it in the URL

if "durable_notice" in state:
    st.warning(state.pop("durable_notice"), icon=":material/info:")
st.write(
    f"**Your list** ({len(state.durable_items)} items,"
    f" saved version {state.durable_version})"
)
st.text(
    "\n".join(f"- {item}" for item in state.durable_items)
    or "(empty)"
)
st.text_input("New item", key="durable_item", max_chars=100)
has_token = state.durable_token is not None
with st.container(horizontal=True):
    st.button("Add", key="durable_add", on_click=add_item)
    st.button(
        "Reload",
        key="durable_reload",
        on_click=reload,
        disabled=not has_token,
    )
    st.button(
        "Clear list",
        key="durable_clear",
        on_click=clear_list,
        disabled=not state.durable_items,
    )
st.caption(
    f"Added in this session (session state only): "
    f"{state.durable_added}"
)

st.write("**Your token** (anyone with it is you)")
with st.container(horizontal=True):
    st.button(
        "New token",
        key="durable_rotate",
        on_click=rotate,
        disabled=not has_token,
    )
    st.button(
        "Forget me",
        key="durable_forget",
        on_click=forget,
        disabled=not has_token,
    )
st.caption("Share this link instead of the address bar: no token.")
st.code(st.context.url or "/", language=None)
