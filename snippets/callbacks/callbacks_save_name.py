import streamlit as st

st.session_state.setdefault("name", "")
st.session_state.setdefault("submitted_name", "")


def save_name() -> None:
    st.session_state.submitted_name = st.session_state.name.strip()


st.text_input("Your name", key="name")
st.button("Save", on_click=save_name, type="primary")

if st.session_state.submitted_name:
    # st.text shows typed text as it is, never as Markdown.
    st.text(f"Saved: {st.session_state.submitted_name}")
