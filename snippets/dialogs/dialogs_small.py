import streamlit as st

st.session_state.setdefault("dlg_small_name", "nobody")


def save() -> None:
    # A dialog returns nothing to the page: it writes state.
    name = st.session_state.dlg_small_input.strip()
    st.session_state.dlg_small_name = name or "nobody"


@st.dialog("Your name")
def ask_name() -> None:
    st.text_input("Name", key="dlg_small_input")
    if st.button("Save", key="dlg_small_save", on_click=save):
        st.rerun()  # closes it: the next run does not call ask_name()


if st.button("Change the name", key="dlg_small_open"):
    ask_name()
st.write(f"Hello, {st.session_state.dlg_small_name}!")
