import streamlit as st


def nickname_changed() -> None:
    st.toast("Nickname changed")


with st.form("nickname_form"):
    # Raises streamlit.errors.StreamlitInvalidFormCallbackError:
    # only st.form_submit_button may have a callback inside a form.
    st.text_input(
        "Nickname", key="nickname", on_change=nickname_changed
    )
    st.form_submit_button("Save nickname")
