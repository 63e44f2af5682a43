"""Notice a logout in another tab without a click: a fragment that
reruns every EVERY seconds asks the database whether this user
logged out since this session began. Turn the watch on in the tab
you keep, then log out in another tab.

What it costs: each tab with the watch on reruns the fragment and
sends one query every EVERY seconds, seen or not, for as long as it
stays open. A shorter EVERY notices sooner and costs more.

Runs with a SQLite file in ./durable_state (DURABLE_STATE_DIR moves
it): the one login_per_user.py writes logouts to."""

import os
import time
from pathlib import Path

import streamlit as st
from sqlalchemy import text

EVERY = 5  # seconds between two checks
FOLDER = Path(os.environ.get("DURABLE_STATE_DIR", "durable_state"))
FOLDER.mkdir(parents=True, exist_ok=True)
URL = f"sqlite:///{FOLDER.resolve() / 'login_notes.db'}"
conn = st.connection("login_notes", type="sql", url=URL)
TABLE = (
    "CREATE TABLE IF NOT EXISTS login_logouts"
    " (sub VARCHAR(255) PRIMARY KEY, at REAL NOT NULL)"
)
state = st.session_state


def run(sql: str, **params):
    with conn.session as session:
        rows = session.execute(text(sql), params)
        found = rows.fetchall() if rows.returns_rows else []
        session.commit()
    return found


@st.cache_resource
def create_table(url: str) -> None:  # once per process and file
    run(TABLE)


def log_out(sub: str) -> None:
    run(
        "INSERT OR REPLACE INTO login_logouts VALUES (:sub, :at)",
        sub=sub,
        at=time.time(),
    )
    st.logout()


def watching() -> bool:
    return state.get("login_watch", False) and not state.get(
        "login_gone", False
    )


@st.fragment(run_every=EVERY if watching() else None)
def watch(sub: str) -> None:
    """Reruns alone every EVERY seconds while the watch is on."""
    if not watching():
        return
    state.login_checks += 1
    [(out,)] = run(
        "SELECT max(at) FROM login_logouts WHERE sub = :sub", sub=sub
    )
    if out and out > state.login_watch_since:
        state.login_gone = True
        st.rerun(scope="app")  # a full run stops the timer
    st.caption(f"Checks in this tab: {state.login_checks}")


create_table(URL)
if st.user.get("is_logged_in", False):
    sub = st.user.sub
    if state.get("login_watch_sub") != sub:  # first run as this user
        state.login_watch_sub = sub
        state.login_watch_since = time.time()
        state.login_checks = 0
        state.login_gone = False
    if state.login_gone:
        st.warning("You logged out in another tab. Reload this one.")
    else:
        st.toggle(
            f"Watch for a logout in another tab (every {EVERY} s)",
            key="login_watch",
        )
    # Called in every run at the same place: with run_every=None
    # (watch off, or the logout seen) its timer stops.
    watch(sub)
    if not state.login_gone:
        st.button(
            "Log out, tell my tabs",
            key="login_watch_out",
            on_click=log_out,
            args=(sub,),
        )
else:
    st.info("Log in, open a second tab, turn the watch on there.")
