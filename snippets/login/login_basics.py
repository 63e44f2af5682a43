"""Log in and out; read st.user. Needs Authlib and [auth] secrets."""

import streamlit as st
from streamlit.errors import StreamlitAuthError as AuthError
from streamlit.errors import StreamlitMissingAuthlibError as NoAuthlib

st.session_state.setdefault("login_clicks", 0)
action = None  # st.login or st.logout, once a button asks for it
if st.user.get("is_logged_in", False):
    st.success(f"Logged in as {st.user.get('name') or st.user.sub}")
    st.json({k: str(v) for k, v in st.user.to_dict().items()})
    if st.button("Log out", key="login_logout"):
        action = st.logout
else:
    st.info("Not logged in: st.user.is_logged_in is False.")
    if st.button("Log in", key="login_login"):
        action = st.login
try:
    if action is not None:
        action()
except (AuthError, NoAuthlib) as err:  # no provider set up: say so
    name = type(err).__name__
    st.error(
        f"Login is not set up here: {name}. Install Authlib and add"
        " an [auth] section to .streamlit/secrets.toml."
    )
st.text_input("A note typed in this session", key="login_draft")
if st.button("Count a click", key="login_count"):
    st.session_state.login_clicks += 1
st.write(f"Clicks in this session: {st.session_state.login_clicks}")
