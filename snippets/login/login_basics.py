"""Log in and out with st.login and st.logout; read st.user.

Needs `pip install Authlib` and an [auth] section in
.streamlit/secrets.toml (redirect_uri, cookie_secret, client_id,
client_secret, server_metadata_url) for any OpenID Connect provider.
Without them the buttons say what is missing instead of failing.
"""

import streamlit as st
from streamlit.errors import (
    StreamlitAuthError,
    StreamlitMissingAuthlibError,
)

NOT_SET_UP = (
    "Login is not set up here: {name}. Install Authlib and add "
    "an [auth] section to .streamlit/secrets.toml."
)

st.session_state.setdefault("login_clicks", 0)


def count() -> None:
    st.session_state.login_clicks += 1


def go(action) -> None:
    """st.login() or st.logout(), or say why login is not set up."""
    try:
        action()
    except (StreamlitAuthError, StreamlitMissingAuthlibError) as err:
        st.error(NOT_SET_UP.format(name=type(err).__name__))


if st.user.get("is_logged_in", False):
    st.success(f"Logged in as {st.user.get('name') or st.user.sub}")
    fields = {k: str(v) for k, v in st.user.to_dict().items()}
    st.json(fields, expanded=False)
    if st.button("Log out", key="login_logout"):
        go(st.logout)
else:
    st.info("Not logged in: st.user.is_logged_in is False.")
    if st.button("Log in", key="login_login"):
        go(st.login)

st.text_input("A note typed in this session", key="login_draft")
st.button("Count a click", key="login_count", on_click=count)
st.write(f"Clicks in this session: {st.session_state.login_clicks}")
