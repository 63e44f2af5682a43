import streamlit as st


def remember_email() -> None:
    st.session_state.err_email_copy_broken = (
        st.session_state.err_email_broken
    )


with st.form("err_form_broken"):
    # Raises streamlit.errors.StreamlitInvalidFormCallbackError:
    # inside a form, only st.form_submit_button may have a callback.
    st.text_input(
        "Email (broken)",
        key="err_email_broken",
        on_change=remember_email,
    )
    st.form_submit_button("Subscribe (broken)")
