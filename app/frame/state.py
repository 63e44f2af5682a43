"""State utilities the pages share. Snippets never import this; they inline the same idea."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
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


# Per snippet file, the session-scoped cached functions (`st.cache_resource` or `st.cache_data`
# with `scope="session"`) its last run defined. Their values live outside st.session_state (a
# thread, a connection) and a first visit starts without them: "Reset this lesson" releases them
# too, or a reset page would still show the old job. Holding the function objects
# process-wide is safe: `.clear()` on any run's copy clears the calling session's entry only.
_session_resources: dict[Path, tuple[Any, ...]] = {}


def remember_session_resources(path: Path, namespace: Mapping[str, Any]) -> None:
    """Record the session-scoped cached functions a snippet's run defined (none: forget it)."""
    found = tuple(value for value in namespace.values() if _is_session_resource(value))
    if found:
        _session_resources[path] = found  # state-lint: ignore[SS011]
    else:
        _session_resources.pop(path, None)  # state-lint: ignore[SS011]


def release_session_resources(paths: Iterable[Path]) -> int:
    """Clear this session's entries of those snippets' session-scoped caches, which calls each
    resource's `on_release` (a job's cancel). Returns how many functions were cleared."""
    cleared = 0
    for path in paths:
        for function in _session_resources.get(path, ()):
            function.clear()
            cleared += 1
    return cleared


def _is_session_resource(value: Any) -> bool:
    # Streamlit 1.67 keeps a cached function's scope on its private `_info`; the reset tests
    # (tests/test_reset.py, threads) fail if a later version moves it.
    info = getattr(value, "_info", None)
    return getattr(info, "scope", None) == "session" and callable(getattr(value, "clear", None))


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
