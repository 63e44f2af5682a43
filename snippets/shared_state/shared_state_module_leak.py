import sys
import threading
import types

import streamlit as st

LIMIT = 10  # anything users can grow must have a cap

# Stands in for `import notes_store`, a module of your app whose top
# level says `NOTES = []`. Python imports a module once per server
# process and keeps it in sys.modules, so every session gets this
# same module object, and with it the same list.
fresh = types.ModuleType("notes_store")
fresh.NOTES, fresh.LOCK = [], threading.Lock()
store = sys.modules.setdefault("notes_store", fresh)


def add_note() -> None:
    text = st.session_state.shared_module_note.strip()
    with store.LOCK:
        if text and len(store.NOTES) < LIMIT:
            store.NOTES.append(text)  # into everyone's list
    st.session_state.shared_module_note = ""


def clear_notes() -> None:
    with store.LOCK:
        store.NOTES.clear()


st.text_input("Note", max_chars=40, key="shared_module_note")
st.button(
    "Add to the module's list",
    on_click=add_note,
    key="shared_module_add",
)
notes = list(store.NOTES)  # a snapshot: other sessions may add
st.write(f"Notes in the module's list: {len(notes)} of {LIMIT}")
if len(notes) >= LIMIT:
    st.warning("Full. Clearing it clears it for everyone.")
for note in notes:
    st.text(note)
st.button(
    "Clear the list (for everyone)",
    on_click=clear_notes,
    key="shared_module_clear",
)
