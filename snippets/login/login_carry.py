"""Keep a draft through a login. The login redirect ends on the app's
root URL in a new session, so session state and this tab's query
string are gone. Fix: keep the draft in the URL (bind=
"query-params") and log in in a new tab; this tab keeps its URL, and
a reload brings the draft back, logged in."""

import streamlit as st
from streamlit.errors import (
    StreamlitAuthError,
    StreamlitMissingAuthlibError,
)

if st.query_params.get("login_start") == "1":  # the new tab
    try:
        st.login()
    except (StreamlitAuthError, StreamlitMissingAuthlibError) as err:
        st.error(f"Login is not set up here: {type(err).__name__}.")

st.text_input(
    "Draft (kept in this tab's URL)",
    key="login_carry",
    bind="query-params",
)
if st.user.get("is_logged_in", False):
    st.success(f"Logged in as {st.user.sub}, draft kept.")
else:
    st.link_button("Log in in a new tab", "?login_start=1")
    st.caption("Then reload this tab: its URL still has the draft.")
