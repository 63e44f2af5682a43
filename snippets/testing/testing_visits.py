import datetime

import streamlit as st


@st.cache_data
def opened_at() -> str:
    # One value for the whole server: every session reads it.
    return datetime.datetime.now().strftime("%H:%M:%S.%f")


@st.cache_resource(scope="session")
def visitors() -> list[str]:
    # One list per session, dropped at every WebSocket disconnect.
    return []


st.caption(f"Server cache filled at {opened_at()}")
name = st.text_input("Name", key="testing_visitor").strip()
if st.button("Check in", key="testing_check_in") and name:
    visitors().append(name)
for visitor in visitors():
    st.text(f"Checked in: {visitor}")
