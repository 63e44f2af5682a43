# runs clean: the init helper takes the state mapping as a parameter (easy to test with a
# plain dict) and sets every key on it before the page reads them
from collections.abc import MutableMapping
from typing import Any

import streamlit as st


def initialise(state: MutableMapping[str, Any], riders: list[str]) -> None:
    """Give each workflow key its first value."""
    state.setdefault("jobs", [])
    state.setdefault("riders", list(riders))
    state.setdefault("stale", False)


initialise(st.session_state, ["Ann", "Bo"])
st.write(len(st.session_state.riders), len(st.session_state.jobs))
if st.session_state.stale:
    st.warning("The plan is out of date.")
