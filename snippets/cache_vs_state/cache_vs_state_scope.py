import sqlite3

import streamlit as st

MAX_NOTES = 20


# scope="session": one connection per session. on_release closes it
# whenever the browser's connection drops, even if the same session
# reconnects: the next call then opens a new, empty database.
# A connection cannot be pickled, so it could not live in a
# serializable session state.
@st.cache_resource(
    scope="session", on_release=lambda conn: conn.close()
)
def scratch_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute("CREATE TABLE notes (text TEXT)")
    return conn


def note_count() -> int:
    db = scratch_db()
    return db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]


def add_note() -> None:
    text = st.session_state.cache_note.strip()
    # The button is disabled when full; check again, a client can
    # send the click anyway.
    if text and note_count() < MAX_NOTES:
        db = scratch_db()
        db.execute("INSERT INTO notes VALUES (?)", (text,))
        db.commit()
    st.session_state.cache_note = ""


full = note_count() >= MAX_NOTES
# max_chars holds on the server too: Streamlit cuts a longer value.
st.text_input("Note", key="cache_note", max_chars=200)
st.button(
    "Add note", on_click=add_note, key="cache_add_note", disabled=full
)
notes = [
    text for (text,) in scratch_db().execute("SELECT text FROM notes")
]
st.write(f"Notes in this session's database: {len(notes)}")
if full:
    st.warning(f"The database is full ({MAX_NOTES} notes): clear it.")
for note in notes:
    st.text(note)
st.button(
    "Clear this session's database",
    on_click=scratch_db.clear,
    key="cache_clear_db",
)
