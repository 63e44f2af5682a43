import threading

import streamlit as st


class ClickCounter:
    """One object for every session, so increments take a lock."""

    def __init__(self) -> None:
        self.clicks = 0
        self._lock = threading.Lock()

    def increment(self) -> None:
        with self._lock:
            self.clicks += 1


@st.cache_resource
def everyone_clicks() -> ClickCounter:
    # Runs once per server process; every session gets this same
    # object back.
    return ClickCounter()


st.session_state.setdefault("cache_my_clicks", 0)


def count_click() -> None:
    st.session_state.cache_my_clicks += 1  # this session only
    everyone_clicks().increment()  # every session


st.button("Click me", on_click=count_click, key="cache_click")
mine, everyone = st.columns(2)
mine.metric(
    "Your clicks (session state)", st.session_state.cache_my_clicks
)
everyone.metric(
    "Everyone's clicks (cache_resource)", everyone_clicks().clicks
)
st.button(
    "Clear the shared counter",
    on_click=everyone_clicks.clear,
    key="cache_clear_clicks",
)
