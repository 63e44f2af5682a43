import streamlit as st

st.session_state.setdefault("notes", [])
st.session_state.setdefault("note_error", "")


def add_note() -> None:
    text = st.session_state.note_text.strip()
    if not text:
        st.session_state.note_error = "A note cannot be empty."
    elif text in st.session_state.notes:
        st.session_state.note_error = (
            f"Note {text!r} is already on the list."
        )
    else:
        st.session_state.notes.append(text)
        st.session_state.note_error = ""


# clear_on_submit empties the form after every submit, so the next
# note starts blank.
with st.form("note_form", clear_on_submit=True):
    st.text_input("Note", key="note_text")
    st.form_submit_button("Add note", on_click=add_note)

if st.session_state.note_error:
    st.error(st.session_state.note_error, icon=":material/error:")
for number, note in enumerate(st.session_state.notes, start=1):
    st.text(f"{number}. {note}")
