"""Live view of the current lesson's keys in st.session_state, shown in the sidebar.

The sidebar stays in sight while the learner scrolls the lesson (navigation is at the top), so
the inspector sits right beside the demo being used. It lists value keys only: a button's key
holds nothing between clicks worth watching, so trigger widgets are left out, decided from what
Streamlit registered the widget as, not from a list of names.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import pickle
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.runtime.state.session_state_proxy import get_session_state

from app.catalog import Lesson
from app.frame.reset import first_visit

SEEN_KEY = "_inspector_seen"
# The snippet whose keys the learner changed last: its keys are listed first.
FOCUS_KEY = "_inspector_focus"
# More keys than this and those of the other demos fold away under "N more keys".
FOLD_AFTER = 6
PREVIEW_CHARS = 120
# A list or dict shows at most this many items.
LIST_ITEMS = 20
# Widget value types that only say "clicked in this run" (buttons, download and submit
# buttons, dialogs' dismiss triggers, data editor button columns, menu buttons).
TRIGGER_VALUE_TYPES = frozenset({"trigger_value", "string_trigger_value"})
CHANGED, UNCHANGED = "●", " "
# No-break spaces: in the sidebar's narrow, wrapping code block a value too long for the line
# (a token, a URL) would otherwise leave its indentation on a line of its own and start on the
# next, flush left, where it reads as a line of its own. Glued to its indentation, it is broken
# inside instead (the block wraps with overflow-wrap: break-word).
VALUE_INDENT = "\u00a0" * 4


@dataclass(frozen=True)
class KeyView:
    """What the inspector shows for one key."""

    key: str
    type_name: str
    preview: str
    changed: bool


def _dataframe_preview(value: Any) -> str:
    rows, columns = value.shape
    names = ", ".join(str(c) for c in value.columns[:6])
    more = ", …" if len(value.columns) > 6 else ""
    return f"{rows} rows × {columns} columns: {names}{more}"


def _size(num_bytes: int) -> str:
    if num_bytes < 1024:
        return f"{num_bytes} B"
    if num_bytes < 1024 * 1024:
        return f"{num_bytes / 1024:.1f} KB"
    return f"{num_bytes / (1024 * 1024):.1f} MB"


def _short(value: Any, depth: int = 0) -> str:
    """repr, except for values whose repr says nothing useful in a line: tables, uploads."""
    type_name = type(value).__name__
    if type_name == "DataFrame" and hasattr(value, "columns"):
        return (
            f"DataFrame({value.shape[0]}×{value.shape[1]})" if depth else _dataframe_preview(value)
        )
    if type_name == "UploadedFile" and hasattr(value, "size"):
        return f"UploadedFile({value.name!r}, {_size(value.size)})"
    if depth < 2 and isinstance(value, list | tuple) and value:
        inner = ", ".join(_short(item, depth + 1) for item in value[:LIST_ITEMS])
        more = ", …" if len(value) > LIST_ITEMS else ""
        return f"[{inner}{more}]" if isinstance(value, list) else f"({inner}{more})"
    if depth < 2 and isinstance(value, dict) and value:
        items = list(value.items())
        inner = ", ".join(f"{k!r}: {_short(v, depth + 1)}" for k, v in items[:LIST_ITEMS])
        return "{" + inner + (", …" if len(items) > LIST_ITEMS else "") + "}"
    # One line per value: the inspector reads two lines per key (a repr spanning lines, such
    # as a NumPy array's, would break that), so line breaks show as ⏎.
    return repr(value).replace("\n", " ⏎ ")


def _newest(items: list[Any] | tuple[Any, ...], limit: int) -> str:
    """A long list as its newest items, last at the end: `[… 9 earlier, {...}, {...}]`, so a
    chat's new turn shows, not only its first messages."""
    opening, close = ("[", "]") if isinstance(items, list) else ("(", ")")
    # Each item at most half the room, so the newest two show (a chat's question and reply).
    room = (limit - len(f"{opening}… {len(items)} earlier, {close}")) // 2
    shown: list[str] = []
    for index in range(len(items) - 1, -1, -1):
        item = _short(items[index], 1)
        item = item if len(item) <= room else item[: room - 1] + "…"
        candidate = [item, *shown]
        head = f"{opening}… {index} earlier, " if index else opening
        if shown and len(head) + len(", ".join(candidate)) + 1 > limit:
            break
        shown = candidate
    earlier = len(items) - len(shown)
    head = f"{opening}… {earlier} earlier, " if earlier else opening
    text = head + ", ".join(shown) + close
    if len(text) > limit:  # even the newest item alone is too long: cut it, keep the close
        text = text[: limit - 2] + "…" + close
    return text


def preview(value: Any, limit: int = PREVIEW_CHARS) -> str:
    """The value as the learner should read it: strings exactly as `repr` shows them (spaces
    kept), a DataFrame as its shape and columns, an upload as its name and size, a long list
    as its newest items, the rest as `repr`, cut to `limit` characters."""
    text = _short(value)
    if isinstance(value, list | tuple) and (len(text) > limit or len(value) > LIST_ITEMS):
        return _newest(value, limit)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fingerprint(value: Any) -> bytes:
    """A digest of the value, so any change shows, a list grown in place too: of its pickle, or,
    for a value pickle refuses (a lock, a lambda), of its full `repr` and identity."""
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 (pickle raises many kinds; the fallback covers them all)
        data = f"{id(value)}:{_short(value)}".encode("utf-8", "replace")
    return hashlib.blake2b(data, digest_size=16).digest()


def is_trigger_key(key: str) -> bool:
    """True when `key` belongs to a widget Streamlit registered as a trigger (a button)."""
    state = get_session_state()._state
    widget_id = state._key_id_mapper.get_id_from_key(key)
    if widget_id is None:
        return False
    metadata = state._new_widget_state.widget_metadata.get(widget_id)
    return metadata is not None and metadata.value_type in TRIGGER_VALUE_TYPES


def lesson_state(lesson: Lesson) -> list[KeyView]:
    """The lesson's value keys that exist now, in catalog order, and whether each changed since
    the previous rerun (by a digest of its value). Stores what it saw."""
    previous: dict[str, bytes] = st.session_state.get(SEEN_KEY, {})
    seen: dict[str, bytes] = {}
    views = []
    for key in lesson.keys:
        if key.startswith("_") or key not in st.session_state or is_trigger_key(key):
            continue
        value = st.session_state[key]
        shown = preview(value)
        seen[key] = fingerprint(value)
        views.append(
            KeyView(
                key=key,
                type_name=type(value).__name__,
                preview=shown,
                changed=previous.get(key) != seen[key],
            )
        )
    st.session_state[SEEN_KEY] = seen
    return views


@functools.cache
def _snippet_keys(path: Path, keys: tuple[str, ...]) -> frozenset[str]:
    text = path.read_text(encoding="utf-8")
    return frozenset(key for key in keys if re.search(rf"[\"'.]{re.escape(key)}\b", text))


def demo_keys(lesson: Lesson) -> dict[str, frozenset[str]]:
    """Each snippet's file name and the lesson keys its code names (as a string or attribute),
    in page order."""
    return {s.file: _snippet_keys(s.path, lesson.keys) for s in lesson.snippets}


def split_views(lesson: Lesson, views: list[KeyView]) -> tuple[list[KeyView], list[KeyView]]:
    """The keys of the demo in use first, the rest to fold away; all first when few. The demo
    in use is the one whose keys changed last (the first demo on a first visit), kept in
    `FOCUS_KEY` across reruns that change nothing."""
    if len(views) <= FOLD_AFTER:
        return views, []
    demos = demo_keys(lesson)
    changed = {view.key for view in views if view.changed}
    focus = st.session_state.get(FOCUS_KEY)
    if len(changed) == len(views) or focus not in demos:  # a first visit, or after a reset
        focus = next((file for file, keys in demos.items() if keys), None)
    elif changed:
        # The demo with most of the changed keys; on a tie, the one higher on the page.
        owner = max(demos, key=lambda file: len(demos[file] & changed))
        focus = owner if demos[owner] & changed else focus
    st.session_state[FOCUS_KEY] = focus
    # A key no snippet names literally (built as f"wid_{name}") cannot be placed: in view.
    named = frozenset().union(*demos.values())
    in_view = (demos.get(focus, frozenset()) if focus else frozenset()) | {
        view.key for view in views if view.key not in named
    }
    first = [view for view in views if view.key in in_view]
    rest = [view for view in views if view.key not in in_view]
    return (first, rest) if first else (views, [])


def format_views(views: list[KeyView]) -> str:
    """Two lines per key: `● key (type)`, then the value, indented. Rendered as code, so the
    value is shown exactly (spaces kept) and user text stays inert."""
    return "\n".join(
        f"{CHANGED if view.changed else UNCHANGED} {view.key} ({view.type_name})\n"
        f"{VALUE_INDENT}{view.preview}"
        for view in views
    )


def parse_views(text: str) -> dict[str, str]:
    """The inverse of `format_views`: {key: preview}. Tests read the inspector with it."""
    values: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        if line.startswith(VALUE_INDENT) and key is not None:
            values[key] = line[len(VALUE_INDENT) :]
            key = None
        elif line[:2] in (f"{CHANGED} ", f"{UNCHANGED} ") and line.endswith(")"):
            key = line[2:].split(" (", 1)[0]
        else:
            raise ValueError(f"not an inspector line: {line!r}")
    return values


def changed_keys(text: str) -> set[str]:
    """Keys marked as changed in the last rerun, from the inspector's text."""
    return {line[2:].split(" (", 1)[0] for line in text.splitlines() if line[:1] == CHANGED}


def reset_lesson(lesson: Lesson) -> None:
    """Callback for "Reset this lesson": the page then renders as on a first visit."""
    first_visit(lesson)


# The inspector's readout for the page being run: set while a lesson page's full run draws
# it, so each demo can reserve a place there and redraw it when the demo reruns alone.
_page_run = threading.local()


@contextlib.contextmanager
def inspector_for_demos() -> Iterator[DeltaGenerator]:
    """The inspector's place at the top of the sidebar, made before the lesson page runs.

    Each demo reruns on its own (a fragment, `app/frame/lesson.py`), not the whole page, and
    redraws the readout here, so the sidebar stays live while the rest of the page is not sent
    again. Yields the place; the demos find it through `readout_place()` during this run only.
    """
    place = st.sidebar.empty()
    _page_run.place = place
    try:
        yield place
    finally:
        _page_run.place = None


def readout_place() -> DeltaGenerator | None:
    """The inspector's place while a lesson page's full run draws it; None in a demo's own rerun."""
    return getattr(_page_run, "place", None)


def inspector_readout(lesson: Lesson) -> None:
    """Heading, legend and the lesson's keys. Heading and legend are one element: the browser
    re-renders every element a run sends, so the frame sends as few as it can
    (docs/BENCHMARKS.md)."""
    views = lesson_state(lesson)
    legend = (
        f"{CHANGED} changed in the last rerun · buttons and keys starting with _ not listed"
        if views
        else "None of this lesson's keys are in `st.session_state` yet."
    )
    st.markdown(f"### State inspector\n\n:gray[:small[{legend}]]")
    first, rest = split_views(lesson, views)
    if first:
        st.code(format_views(first), language=None, wrap_lines=True)
    if rest:
        with st.expander(f"{len(rest)} more keys", key="_inspector_more"):
            st.code(format_views(rest), language=None, wrap_lines=True)


def state_inspector(lesson: Lesson, place: DeltaGenerator) -> None:
    """Sidebar panel: the readout in `place` (see `inspector_for_demos`), then a reset button."""
    with place.container():
        inspector_readout(lesson)
    st.sidebar.button(
        "Reset this lesson",
        on_click=reset_lesson,
        args=(lesson,),
        icon=":material/restart_alt:",
        key="_reset_lesson",
        help="Deletes this lesson's keys from st.session_state and clears what its "
        'snippets cache with `scope="session"` (a running job stops): the page starts as '
        "on a first visit.",
    )
