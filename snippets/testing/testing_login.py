import streamlit as st

st.session_state.setdefault("testing_user", "")


def sign_in() -> None:
    name = st.session_state.testing_name.strip()
    st.session_state.testing_user = name


def sign_out() -> None:
    st.session_state.testing_user = ""


if st.session_state.testing_user:
    # st.text: a name the user typed is never rendered as Markdown.
    st.text(f"Signed in as {st.session_state.testing_user}")
    st.button("Sign out", key="testing_sign_out", on_click=sign_out)
else:
    st.text_input("Your name", key="testing_name")
    st.button("Sign in", key="testing_sign_in", on_click=sign_in)
