import os
import re
import secrets
import sqlite3
import tempfile
from pathlib import Path

import streamlit as st

# The durable store: a SQLite file on the server's disk. Servers
# that use the same file (SURVIVE_DB) see the same values.
DEFAULT_DB = Path(tempfile.gettempdir()) / "survive_store.sqlite3"
DB = os.environ.get("SURVIVE_DB", str(DEFAULT_DB))
SCHEMA = "CREATE TABLE IF NOT EXISTS kv (token PRIMARY KEY, value)"
SAVE = "INSERT OR REPLACE INTO kv VALUES (?, ?)"
LOAD = "SELECT value FROM kv WHERE token = ?"
WIDGETS = {  # key: (label, extra arguments)
    "survive_widget": ("keyed widget", {}),
    "survive_page": (
        'persist_state="page"',
        {"persist_state": "page"},
    ),
    "survive_session": (
        'persist_state="session"',
        {"persist_state": "session"},
    ),
    "survive_url": ('bind="query-params"', {"bind": "query-params"}),
}


@st.cache_data
def data_cache(_value: str | None) -> str | None:
    # An argument whose name starts with "_" is not part of the cache
    # key: the first value comes back until the cache is cleared.
    return _value


@st.cache_data(scope="session")
def session_cache(_value: str | None) -> str | None:
    return _value


@st.cache_resource
def resource_box() -> dict:
    return {}  # one dict per server process, shared by everyone


def durable(token: str, value: str | None = None) -> str | None:
    db = sqlite3.connect(DB)
    try:
        with db:  # a transaction, committed on success
            db.execute(SCHEMA)
            if value is not None:
                db.execute(SAVE, (token, value))
            row = db.execute(LOAD, (token,)).fetchone()
    finally:
        db.close()
    return row[0] if row else None


def visitor_token() -> str:
    # The store knows this browser by a random token in its URL
    # (kept in session state too: a page switch clears the URL).
    for token in (
        st.query_params.get("survive_token", ""),
        st.session_state.get("survive_token", ""),
        secrets.token_urlsafe(16),
    ):
        if re.fullmatch(r"[\w-]{22}", token):
            break
    st.session_state.survive_token = token
    if st.query_params.get("survive_token") != token:
        st.query_params.survive_token = token
    return token


def store_everywhere(token: str) -> None:
    value = secrets.token_hex(2)
    st.session_state.survive_plain = value
    for key in WIDGETS:
        st.session_state[key] = value
    for cached in (data_cache, session_cache):
        cached.clear()
        cached(value)
    resource_box()["value"] = value
    durable(token, value)


# A session's first run never comes from a click on this page,
# unless the page was open while the server lost the session.
new_session = "survive_seen" not in st.session_state
st.session_state.survive_seen = True  # state-lint: ignore[SS003]
token = visitor_token()

left, middle, right = st.columns([3, 2, 3])
stored = left.button(
    "Store a new value everywhere",
    on_click=store_everywhere,
    args=(token,),
    type="primary",
    key="survive_store",
)
reran = middle.button("Rerun", key="survive_rerun")
hidden = right.button("Hide widgets for one run", key="survive_hide")
if new_session and (stored or reran or hidden):
    st.warning(
        "New session: the server restarted or another server "
        "answered. Values kept in its memory are gone."
    )

widgets, readout = st.columns(2)
if hidden:  # not drawn in this run: Streamlit may drop their values
    widgets.info("Widgets not drawn in this run. Press Rerun.")
else:
    for key, (label, extra) in WIDGETS.items():
        widgets.text_input(label, key=key, **extra)

found = {"plain key": st.session_state.get("survive_plain")}
for key, (label, _) in WIDGETS.items():
    found[label] = st.session_state.get(key)
found["cache_data"] = data_cache(None)
found['scope="session" cache'] = session_cache(None)
found["cache_resource"] = resource_box().get("value")
found["durable store"] = durable(token)
rows = found.items()
lines = [f"{where:<24}{value or '—'}" for where, value in rows]
readout.code("\n".join(lines), language=None)
