"""Notes per logged-in user, keyed by st.user.sub, in a database.

Runs with a SQLite file in ./durable_state (DURABLE_STATE_DIR moves
it). Login needs Authlib and an [auth] section in secrets.toml.
A logout is written to the database too, so that this user's other
tabs notice it on their next rerun.
"""

import os
import time
from pathlib import Path

import streamlit as st
from sqlalchemy import text

FOLDER = Path(os.environ.get("DURABLE_STATE_DIR", "durable_state"))
FOLDER.mkdir(parents=True, exist_ok=True)
URL = f"sqlite:///{FOLDER.resolve() / 'login_notes.db'}"
conn = st.connection("login_notes", type="sql", url=URL)
TABLES = (
    "CREATE TABLE IF NOT EXISTS login_notes"
    " (sub VARCHAR(255), note TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS login_logouts"
    " (sub VARCHAR(255) PRIMARY KEY, at REAL NOT NULL)",
)


def run(sql: str, **params):
    with conn.session as session:
        rows = session.execute(text(sql), params)
        found = rows.fetchall() if rows.returns_rows else []
        session.commit()
    return found


@st.cache_resource
def create_tables(url: str) -> None:  # once per process and file
    for sql in TABLES:
        run(sql)


def show_notes(sub: str) -> None:
    """This user's notes, unless they logged out in another tab."""
    state = st.session_state
    if state.get("login_sub") != sub:  # first run as this user
        state.login_sub = sub
        state.login_since = time.time()
    [(logged_out,)] = run(
        "SELECT max(at) FROM login_logouts WHERE sub = :sub", sub=sub
    )
    if logged_out and logged_out > state.login_since:
        st.warning("You logged out in another tab. Reload this one.")
        return
    notes = run(
        "SELECT note FROM login_notes WHERE sub = :sub", sub=sub
    )
    name = st.user.get("name") or sub
    st.write(f"**Notes of {name}**")
    st.text("\n".join(f"- {n}" for (n,) in notes) or "(none)")
    st.text_input("New note", key="login_note", max_chars=100)
    with st.container(horizontal=True):
        st.button(
            "Add note", key="login_add", on_click=add, args=(sub,)
        )
        st.button(
            "Log out, tell my tabs",
            key="login_out_all",
            on_click=log_out,
            args=(sub,),
        )


def add(sub: str) -> None:
    note = st.session_state.login_note.strip()
    if note:
        run(
            "INSERT INTO login_notes VALUES (:sub, :note)",
            sub=sub,
            note=note,
        )
        st.session_state.login_note = ""


def log_out(sub: str) -> None:
    run(
        "INSERT OR REPLACE INTO login_logouts VALUES (:sub, :at)",
        sub=sub,
        at=time.time(),
    )
    st.logout()


create_tables(URL)
if st.user.get("is_logged_in", False):
    show_notes(st.user.sub)  # stable, unique: never name or email
else:
    st.info("Log in to see your notes (the demo above).")
