import itertools

import streamlit as st


@st.cache_resource
def session_numbers() -> itertools.count:
    # A cache lives in the server process, shared by every session:
    # reloads keep it.
    return itertools.count(1)


# Runs once per session. A reload, a typed URL or a new tab starts a
# new session.
if "reload_session_number" not in st.session_state:
    st.session_state.reload_session_number = next(session_numbers())
st.session_state.setdefault("reload_clicks", 0)

if st.button("Count a click"):
    st.session_state.reload_clicks += 1

# Bound to the URL (Streamlit 1.55+): the value lives in
# ?reload_fruit=...
st.selectbox(
    "Fruit (kept in the URL)",
    ["apple", "banana", "cherry"],
    key="reload_fruit",
    bind="query-params",
)
st.text_input("Note (kept in session state only)", key="reload_note")

st.write(
    "You are session number "
    f"{st.session_state.reload_session_number} of this server."
)
st.write(f"Clicks in this session: {st.session_state.reload_clicks}")
st.write(f"Fruit: {st.session_state.reload_fruit}")
