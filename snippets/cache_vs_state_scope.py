import sqlite3

import streamlit as st


# scope="session": one connection per session, closed by on_release
# when the session ends.
# A connection cannot be pickled, so it could not live in a
# serializable session state.
@st.cache_resource(
    scope="session", on_release=lambda conn: conn.close()
)
def scratch_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute("CREATE TABLE notes (text TEXT)")
    return conn


def add_note() -> None:
    text = st.session_state.cache_note.strip()
    if text:
        db = scratch_db()
        db.execute("INSERT INTO notes VALUES (?)", (text,))
        db.commit()
    st.session_state.cache_note = ""


st.text_input("Note", key="cache_note")
st.button("Add note", on_click=add_note, key="cache_add_note")
notes = [
    text for (text,) in scratch_db().execute("SELECT text FROM notes")
]
st.write(f"Notes in this session's database: {len(notes)}")
for note in notes:
    st.text(note)
st.button(
    "Clear this session's database",
    on_click=scratch_db.clear,
    key="cache_clear_db",
)
