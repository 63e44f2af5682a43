"""State utilities the pages share. Snippets never import this; they inline the same idea."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import streamlit as st


def init_state(defaults: Mapping[str, Any]) -> list[str]:
    """Set each missing key to its default and return the keys it set.

    A key that already exists is never overwritten: reruns must not undo what the user did.
    """
    created = [key for key in defaults if key not in st.session_state]
    for key in created:
        st.session_state[key] = defaults[key]
    return created


def delete_keys(keys: Iterable[str]) -> list[str]:
    """Delete the given keys that exist and return them. Deleting a widget's key resets it."""
    deleted = [key for key in keys if key in st.session_state]
    for key in deleted:
        del st.session_state[key]
    return deleted
