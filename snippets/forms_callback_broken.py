import streamlit as st


def nickname_changed() -> None:
    st.toast("Nickname changed")


with st.form("nickname_form"):
    # Only st.form_submit_button may have a callback inside a form:
    # this line raises StreamlitInvalidFormCallbackError.
    st.text_input(
        "Nickname", key="nickname", on_change=nickname_changed
    )
    st.form_submit_button("Save nickname")
