from collections.abc import Mapping
from typing import Any

import streamlit as st


def init_state(defaults: Mapping[str, Any]) -> list[str]:
    """Set each missing key to its default and return the keys it set.

    A key that already exists is never overwritten: reruns must not
    undo what the user did.
    """
    created = [key for key in defaults if key not in st.session_state]
    for key in created:
        st.session_state[key] = defaults[key]
    return created


created = init_state({"sort_by": "name", "show_archived": False})

st.selectbox("Sort by", ["name", "created", "size"], key="sort_by")
st.checkbox("Show archived", key="show_archived")
st.write(
    "Initialized in this run:",
    created or "nothing (all keys already existed)",
)
