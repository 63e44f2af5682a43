"""Notes in one dict for every session of the server, keyed by the
user's name: two people with the same name read each other's notes,
and a renamed user loses theirs. Keyed by st.user.sub, the
provider's stable, unique id, each user keeps their own.

st.cache_resource hands every session the same dict, as a dict at
module level of an imported module would be. (This file runs anew
on each rerun: a dict at its own top level would not be shared.)"""

import streamlit as st

KEEP = 5  # the newest notes kept per key
MAX_KEYS = 500  # the dicts live in the server's memory


@st.cache_resource
def shared_notes() -> dict[str, dict[str, list[str]]]:
    """One object for the whole process: every user, every tab."""
    return {"name": {}, "sub": {}}


NOTES = shared_notes()


def name_of() -> str:
    return st.user.get("name") or "(no name)"


def keep(by: str, key: str, note: str) -> bool:
    notes = NOTES[by]
    if key not in notes and len(notes) >= MAX_KEYS:
        return False
    notes[key] = [*notes.get(key, []), note][-KEEP:]
    return True


def add() -> None:
    note = st.session_state.login_byname_note.strip()
    if not note:
        return
    stored = keep("name", name_of(), note)  # wrong: names repeat
    stored = keep("sub", st.user.sub, note) and stored  # right
    if stored:
        st.session_state.login_byname_note = ""
    else:
        st.session_state.login_byname_full = True


def show(title: str, notes: list[str], where) -> None:
    where.write(f"**{title}**")
    where.text("\n".join(f"- {n}" for n in notes) or "(none)")


if st.user.get("is_logged_in", False):
    st.write(f"You are **{name_of()}**, sub `{st.user.sub}`.")
    if st.session_state.pop("login_byname_full", False):
        st.warning("Not saved: the server keeps no more users.")
    st.text_input(
        "A private note", key="login_byname_note", max_chars=100
    )
    st.button("Add note", key="login_byname_add", on_click=add)
    by_name, by_sub = st.columns(2)
    show("Keyed by name", NOTES["name"].get(name_of(), []), by_name)
    show("Keyed by sub", NOTES["sub"].get(st.user.sub, []), by_sub)
else:
    st.info("Log in to keep notes by name and by sub.")
