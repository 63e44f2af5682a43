"""State utilities the pages share. Snippets never import this; they inline the same idea."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import streamlit as st
from streamlit.errors import UnserializableSessionStateError
from streamlit.runtime.state.session_state import SessionState


def init_state(defaults: Mapping[str, Any]) -> list[str]:
    """Set each missing key to its default and return the keys it set.

    A key that already exists is never overwritten: reruns must not
    undo what the user did.
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


def streamlit_verdict(key: str, value: Any) -> UnserializableSessionStateError | None:
    """Streamlit's own end-of-run check, on a scratch SessionState holding only `key`.

    Returns the exception Streamlit would raise (its class and message, unchanged), or None.
    Honors the config: with the option off, Streamlit checks nothing and neither does this.
    """
    scratch = SessionState()
    scratch[key] = value
    try:
        scratch.maybe_check_serializable()
    except UnserializableSessionStateError as exc:
        return exc
    return None


def drop_unserializable(before: Mapping[str, int]) -> list[UnserializableSessionStateError]:
    """Put every key set or replaced since `before` (key -> id of its value) through
    Streamlit's check; delete each one that fails and return the refusals.

    With `enforceSerializableSessionState` on, Streamlit raises only after the whole script
    run, too late for a page to show it; this lets a page show the real error while the session
    never keeps the unpicklable value.
    """
    refusals = []
    for key in list(st.session_state):
        if before.get(key) == id(st.session_state[key]):
            continue
        refusal = streamlit_verdict(key, st.session_state[key])
        if refusal is not None:
            del st.session_state[key]
            refusals.append(refusal)
    return refusals
