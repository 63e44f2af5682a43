import streamlit as st

st.session_state.setdefault("email", "")
st.session_state.setdefault("saved_email", "")


def persist_email() -> None:
    st.session_state.saved_email = st.session_state.email


with st.form("profile_form"):
    st.text_input("Email", key="email")
    st.form_submit_button("Save profile", on_click=persist_email)

if st.session_state.saved_email:
    st.text(f"Saved email: {st.session_state.saved_email}")
