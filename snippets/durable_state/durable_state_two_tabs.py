"""Two tabs of one visitor hold copies of the same saved list.

Without a version check the tab that saves last wins and the other
tab's item is lost. With it, the stale tab's save is refused and the
tab is told to reload. Same store as durable_state_store.py.
"""

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

MAX_BYTES = 2_000  # the most one demo list may store
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
# Last write wins: whatever this tab holds replaces the row.
SAVE_ANY = (
    "UPDATE durable_state SET data = :data, last_seen = :now"
    " WHERE token = :token"
)
# The fix: write only if the row is still the version we loaded.
SAVE_IF = (
    "UPDATE durable_state"
    " SET data = :data, version = version + 1, last_seen = :now"
    " WHERE token = :token AND version = :version"
)
DELETE = "DELETE FROM durable_state WHERE token = :token"
EXPIRE = "DELETE FROM durable_state WHERE last_seen < :cutoff"
COUNT = "SELECT COUNT(*) FROM durable_state"
EMPTY = '{"items": []}'
ITEM = {"A": "milk", "B": "eggs"}


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
    write(CREATE)


@st.cache_data(ttl=3600)  # any visit sweeps, at most once an hour
def sweep(url: str) -> None:
    write(EXPIRE, cutoff=int(time.time()) - TTL_DAYS * 86400)


def write(sql: str, **params) -> int:
    with conn.session as session:
        changed = session.execute(text(sql), params).rowcount
        session.commit()
    return changed


def read(token: str):
    with conn.session as session:
        return session.execute(text(SELECT), {"token": token}).first()


def count() -> int:
    with conn.session as session:
        return session.execute(text(COUNT)).scalar_one()


def failed(error: SQLAlchemyError) -> str:
    """Log a store failure without a token; the page's message."""
    # str(error) holds the SQL and its parameters: a user's token.
    cause = str(getattr(error, "orig", None) or type(error).__name__)
    log.warning(
        "durable store failed: %s",
        re.sub(r"[A-Za-z0-9_-]{43}", "<token>", cause),
    )
    conn.engine.dispose()  # next time: new connections, and
    create_table.clear()  # the file and table made again if gone
    return UNREACHABLE


def start_over() -> None:
    """A new demo list. Its row is made by the first save."""
    if "durable_demo_token" in state:
        try:  # the old row goes; if the store is down, it expires
            write(DELETE, token=state.durable_demo_token)
        except SQLAlchemyError as error:
            failed(error)
    state.durable_demo_token = secrets.token_urlsafe(32)
    fresh = {"items": [], "version": 1}
    state.durable_tabs = {tab: dict(fresh) for tab in ITEM}
    state.durable_saves = 0
    state.durable_tab_notice = {}


def reload_copy(token: str) -> dict:
    row = read(token)
    if row is None:  # nothing saved yet
        return {"items": [], "version": 1}
    return {
        "items": json.loads(row.data)["items"],
        "version": row.version,
    }


def reload(tab: str) -> None:
    try:
        copy = reload_copy(state.durable_demo_token)
    except SQLAlchemyError as error:
        state.durable_tab_notice = {tab: failed(error)}
        return
    state.durable_tabs[tab] = copy
    state.durable_tab_notice = {}


def save(tab: str, items: list) -> str:
    """Save this tab's list; what to tell the tab."""
    data = json.dumps({"items": items})
    if len(data.encode()) > MAX_BYTES:
        return f"Not saved: over {MAX_BYTES:,} bytes. Start over."
    token, now = state.durable_demo_token, int(time.time())
    if read(token) is None:  # the first save makes the row
        if count() >= MAX_ROWS:
            return "Not saved: the store is full. Try again later."
        write(INSERT, token=token, data=EMPTY, now=now)
    check = state.durable_check
    saved = write(
        SAVE_IF if check else SAVE_ANY,
        data=data,
        now=now,
        token=token,
        version=state.durable_tabs[tab]["version"],
    )
    if not saved:
        return (
            "Not saved: the list changed elsewhere since this "
            "tab loaded it. Reload, then add again."
        )
    copy = state.durable_tabs[tab]
    copy["items"] = items
    copy["version"] += 1 if check else 0
    state.durable_saves += 1
    return "Saved."


def add(tab: str) -> None:
    items = [*state.durable_tabs[tab]["items"], ITEM[tab]]
    try:
        state.durable_tab_notice = {tab: save(tab, items)}
    except SQLAlchemyError as error:
        state.durable_tab_notice = {tab: failed(error)}


try:
    create_table(URL)
    sweep(URL)
except SQLAlchemyError as error:
    failed(error)
if "durable_demo_token" not in state:
    start_over()
st.toggle(
    "Check the version before saving (the fix)",
    key="durable_check",
    on_change=start_over,
)
for tab, col in zip(ITEM, st.columns(2), strict=True):
    copy = state.durable_tabs[tab]
    col.write(f"**Tab {tab}**")
    col.text(f"Its copy: {', '.join(copy['items']) or '(empty)'}")
    col.caption(f"Loaded version {copy['version']}")
    col.button(
        f"Add {ITEM[tab]}",
        key=f"durable_add_{tab}",
        on_click=add,
        args=(tab,),
    )
    col.button(
        "Reload",
        key=f"durable_reload_{tab}",
        on_click=reload,
        args=(tab,),
    )
    if tab in state.durable_tab_notice:
        col.info(state.durable_tab_notice[tab])

try:
    stored = reload_copy(state.durable_demo_token)
except SQLAlchemyError as error:
    st.warning(failed(error), icon=":material/info:")
else:
    lost = state.durable_saves - len(stored["items"])
    shown = ", ".join(stored["items"]) or "(empty)"
    st.text(f"In the store: {shown}")
    st.write(
        f"Saves that reported success: {state.durable_saves}. "
        f"Items in the store: {len(stored['items'])}. "
        f"**Lost updates: {lost}**"
    )
st.button("Start over", key="durable_start_over", on_click=start_over)
