import streamlit as st

st.session_state.setdefault("err_subscribed", "")


def subscribe() -> None:
    st.session_state.err_subscribed = (
        st.session_state.err_email.strip()
    )


with st.form("err_form"):
    st.text_input("Email", key="err_email")
    st.form_submit_button("Subscribe", on_click=subscribe)

if st.session_state.err_subscribed:
    st.text(f"Subscribed: {st.session_state.err_subscribed}")
