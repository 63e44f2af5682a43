"""Live view of the current lesson's keys in st.session_state, shown in the sidebar."""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from typing import Any

import streamlit as st

from components.catalog import Lesson
from components.state import delete_keys

DIGESTS_KEY = "_inspector_digests"
PREVIEW_CHARS = 40


@dataclass(frozen=True)
class KeyView:
    """What the inspector shows for one key."""

    key: str
    type_name: str
    preview: str
    changed: bool


def preview(value: Any, limit: int = PREVIEW_CHARS) -> str:
    """A one-line repr, cut to `limit` characters; shape instead of contents for DataFrames."""
    shape = getattr(value, "shape", None)
    text = f"shape {tuple(shape)}" if isinstance(shape, tuple) else repr(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def digest(value: Any) -> str:
    """Fingerprint used to spot a change between reruns (pickle where possible, else repr)."""
    try:
        data = pickle.dumps(value)
    except (pickle.PicklingError, TypeError, AttributeError):
        data = repr(value).encode("utf-8", "backslashreplace")
    return hashlib.blake2b(data, digest_size=12).hexdigest()


def lesson_state(lesson: Lesson) -> list[KeyView]:
    """The lesson's keys that exist now, in catalog order, and whether each changed since the
    previous rerun. Internal `_` keys are never listed. Stores this run's fingerprints."""
    previous: dict[str, str] = st.session_state.get(DIGESTS_KEY, {})
    current = dict(previous)
    views = []
    for key in lesson.keys:
        if key.startswith("_") or key not in st.session_state:
            current.pop(key, None)
            continue
        value = st.session_state[key]
        current[key] = digest(value)
        views.append(
            KeyView(
                key=key,
                type_name=type(value).__name__,
                preview=preview(value),
                changed=previous.get(key) != current[key],
            )
        )
    st.session_state[DIGESTS_KEY] = current
    return views


def format_views(views: list[KeyView]) -> str:
    """One line per key, `● key (type) = preview`; rendered as code so user text stays inert."""
    return "\n".join(
        f"{'●' if view.changed else ' '} {view.key} ({view.type_name}) = {view.preview}"
        for view in views
    )


def reset_lesson(keys: tuple[str, ...]) -> None:
    """Callback for "Reset this lesson": delete exactly the lesson's keys before the rerun."""
    delete_keys(keys)


def state_inspector(lesson: Lesson) -> None:
    """Sidebar panel: the lesson's keys with type and preview, changes marked, and a reset."""
    with st.sidebar:
        st.subheader("State inspector", anchor=False)
        views = lesson_state(lesson)
        if views:
            st.code(format_views(views), language=None, wrap_lines=True)
            st.caption("● changed in the last rerun · keys starting with `_` are hidden")
        else:
            st.caption("None of this lesson's keys are in `st.session_state` yet.")
        st.button(
            "Reset this lesson",
            on_click=reset_lesson,
            args=(lesson.keys,),
            icon=":material/restart_alt:",
            key="_reset_lesson",
            help=f"Deletes {', '.join(lesson.keys)} from st.session_state",
        )
