import threading
import uuid

import streamlit as st

LIMIT = 10


def new_tag() -> str:
    return uuid.uuid4().hex[:6]


class Board:
    """One object for every session: capped, and locked for writes."""

    def __init__(self) -> None:
        self.tag = new_tag()
        self.tabs: list[str] = []
        self.lock = threading.Lock()

    def add(self, tab: str) -> None:
        with self.lock:
            if len(self.tabs) < LIMIT:
                self.tabs.append(tab)


@st.cache_resource
def resource_board() -> Board:
    return Board()  # runs once; every call returns this same object


@st.cache_data
def data_board() -> dict:
    # Runs once; every call returns a fresh copy of this dict.
    return {"tag": new_tag(), "tabs": []}


st.session_state.setdefault("shared_tab", f"tab-{new_tag()}")
st.session_state.setdefault("shared_tabs", [])
tab = st.session_state.shared_tab


def add_tab() -> None:
    mine = st.session_state.shared_tabs
    if len(mine) < LIMIT:
        mine.append(tab)  # this tab's session only
    resource_board().add(tab)  # the one object everyone gets
    data_board()["tabs"].append(tab)  # a copy, thrown away


def reset_caches() -> None:
    resource_board.clear()
    data_board.clear()


board = resource_board()
full = len(board.tabs) >= LIMIT
st.button(
    f"Add {tab} to all three",
    on_click=add_tab,
    disabled=full,
    key="shared_cache_add",
)
if full:
    st.warning("The shared list is full: reset it (for everyone).")
places = st.columns(3)
places[0].markdown("**Session state**")
places[0].text(f"this tab: {tab}")
places[0].text(", ".join(st.session_state.shared_tabs) or "(empty)")
places[1].markdown("**st.cache_resource**")
places[1].text(f"object #{board.tag}")
places[1].text(", ".join(board.tabs) or "(empty)")
places[2].markdown("**st.cache_data**")
copy = data_board()
places[2].text(f"object #{copy['tag']}")
places[2].text(", ".join(copy["tabs"]) or "(empty)")
st.button(
    "Reset both caches (for everyone)",
    on_click=reset_caches,
    key="shared_cache_reset",
)
