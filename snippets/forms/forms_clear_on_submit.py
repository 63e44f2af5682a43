import streamlit as st

MAX_NOTES = 20
MAX_CHARS = 200

st.session_state.setdefault("notes", [])
st.session_state.setdefault("note_error", "")


def add_note() -> None:
    # The browser refuses an empty note; a client that skips that
    # check meets the same rule here. max_chars holds on the server
    # too: Streamlit cuts a longer value.
    text = st.session_state.note_text.strip()
    notes = st.session_state.notes
    if not text:
        error = "Not added: the note was empty."
    elif text in notes:
        error = "Not added: that note was on the list already."
    elif len(notes) >= MAX_NOTES:
        error = f"Not added: the list is full ({MAX_NOTES} notes)."
    else:
        notes.append(text)
        error = ""
    st.session_state.note_error = error


# clear_on_submit empties the form after every submit, so the next
# note starts blank.
with st.form("note_form", clear_on_submit=True):
    st.text_input(
        "Note", key="note_text", max_chars=MAX_CHARS, required=True
    )
    st.form_submit_button("Add note", on_click=add_note)

st.caption(f"Up to {MAX_NOTES} notes of {MAX_CHARS} characters.")
if st.session_state.note_error:
    st.error(st.session_state.note_error, icon=":material/error:")
for number, note in enumerate(st.session_state.notes, start=1):
    st.text(f"{number}. {note}")
