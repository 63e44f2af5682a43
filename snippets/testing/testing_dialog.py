import streamlit as st

st.session_state.setdefault(
    "testing_notes", ["Buy milk", "Call Bob", "Book flights"]
)


def delete_all() -> None:
    st.session_state.testing_notes = []


@st.dialog("Tidy up the notes")
def tidy_up() -> None:
    notes = st.session_state.testing_notes
    st.write(f"Notes on the list: {len(notes)}")
    # The work is in on_click: AppTest sees this click too.
    if st.button(
        "Delete all", key="testing_delete", on_click=delete_all
    ):
        st.rerun()  # closes the dialog
    # The work is under the if: only a browser sees this click.
    if st.button("Keep the first only", key="testing_keep_first"):
        st.session_state.testing_notes = notes[:1]
        st.rerun()


for note in st.session_state.testing_notes:
    st.text(note)
if st.button(
    "Tidy up",
    key="testing_open",
    disabled=not st.session_state.testing_notes,
):
    tidy_up()
