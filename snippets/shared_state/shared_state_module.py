import streamlit as st

LIMIT = 10

# Session state: one list per browser tab, nobody else sees it.
st.session_state.setdefault("shared_notes", [])


def add_note() -> None:
    text = st.session_state.shared_note.strip()
    notes = st.session_state.shared_notes
    if text and len(notes) < LIMIT:
        notes.append(text)
    st.session_state.shared_note = ""


def clear_notes() -> None:
    st.session_state.shared_notes = []


st.text_input("Note", max_chars=40, key="shared_note")
st.button("Add to my list", on_click=add_note, key="shared_add")
notes = st.session_state.shared_notes
st.write(f"Notes in this tab's list: {len(notes)} of {LIMIT}")
if len(notes) >= LIMIT:
    st.warning("Your list is full. Clear it to add more.")
for note in notes:
    st.text(note)
st.button("Clear my list", on_click=clear_notes, key="shared_clear")
