"""Two tabs of one visitor hold copies of the same saved list.

Without a version check the tab that saves last wins and the other
tab's item is lost. With it, the stale tab's save is refused and the
tab is told to reload. Same store as durable_state_store.py.
"""

import json
import os
import secrets
import time
from pathlib import Path

import streamlit as st
from sqlalchemy import text

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
conn = st.connection("durable", type="sql", url=URL)
state = st.session_state


@st.cache_resource
def create_table(url: str) -> None:
    write(CREATE)


def write(sql: str, **params) -> int:
    with conn.session as session:
        changed = session.execute(text(sql), params).rowcount
        session.commit()
    return changed


def read(token: str):
    with conn.session as session:
        return session.execute(text(SELECT), {"token": token}).first()


def start_over() -> None:
    """A fresh row for this demo; both tabs load it."""
    token = secrets.token_urlsafe(32)
    write(
        INSERT,
        token=token,
        data='{"items": []}',
        now=int(time.time()),
    )
    state.durable_demo_token = token
    state.durable_tabs = {tab: reload_copy(token) for tab in ITEM}
    state.durable_saves = 0
    state.durable_tab_notice = {}


def reload_copy(token: str) -> dict:
    row = read(token)
    return {
        "items": json.loads(row.data)["items"],
        "version": row.version,
    }


def reload(tab: str) -> None:
    state.durable_tabs[tab] = reload_copy(state.durable_demo_token)
    state.durable_tab_notice = {}


def add(tab: str) -> None:
    copy = state.durable_tabs[tab]
    items = [*copy["items"], ITEM[tab]]
    check = state.durable_check
    saved = write(
        SAVE_IF if check else SAVE_ANY,
        data=json.dumps({"items": items}),
        now=int(time.time()),
        token=state.durable_demo_token,
        version=copy["version"],
    )
    if saved:
        copy["items"] = items
        copy["version"] += 1 if check else 0
        state.durable_saves += 1
        state.durable_tab_notice = {tab: "Saved."}
    else:
        state.durable_tab_notice = {
            tab: "Not saved: the list changed elsewhere since this "
            "tab loaded it. Reload, then add again."
        }


create_table(URL)
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

stored = reload_copy(state.durable_demo_token)
lost = state.durable_saves - len(stored["items"])
st.text(f"In the store: {', '.join(stored['items']) or '(empty)'}")
st.write(
    f"Saves that reported success: {state.durable_saves}. "
    f"Items in the store: {len(stored['items'])}. "
    f"**Lost updates: {lost}**"
)
st.button("Start over", key="durable_start_over", on_click=start_over)
