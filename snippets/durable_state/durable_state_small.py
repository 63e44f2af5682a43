import json
import os
import secrets
import sqlite3
from pathlib import Path

import streamlit as st

# A database outlives the session; the token in the URL finds the row.
folder = Path(os.environ.get("DURABLE_STATE_DIR", "durable_state"))
folder.mkdir(parents=True, exist_ok=True)
db = sqlite3.connect(folder / "small.db")
db.execute("CREATE TABLE IF NOT EXISTS kv (token PRIMARY KEY, data)")

if "dur_token" not in st.query_params:
    st.query_params["dur_token"] = secrets.token_urlsafe(32)
token = st.query_params["dur_token"]
if "dur_items" not in st.session_state:  # once per session: load
    query = "SELECT data FROM kv WHERE token = ?"
    row = db.execute(query, (token,)).fetchone()
    st.session_state.dur_items = json.loads(row[0]) if row else []

item = st.text_input("Item", key="dur_item").strip()
if st.button("Add", key="dur_add") and item:
    st.session_state.dur_items.append(item)
    with db:  # commits
        data = json.dumps(st.session_state.dur_items)
        db.execute("REPLACE INTO kv VALUES (?, ?)", (token, data))
db.close()
st.write(st.session_state.dur_items)
