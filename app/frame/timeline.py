"""Record what happens in each rerun, so a lesson can show the order Streamlit runs things in.

A page calls `start_run()` before its snippets and `finish_run()` after them. Functions a snippet
defines can be traced (see `TracingNamespace`): a traced function called while no script body is
running is a callback, and it is recorded against the run it precedes.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

import streamlit as st

EVENTS_KEY = "_timeline_events"
RUN_KEY = "_timeline_run"
PHASE_KEY = "_timeline_phase"
TIMELINE_KEYS = (EVENTS_KEY, RUN_KEY, PHASE_KEY)
MAX_EVENTS = 60

Event = tuple[int, str]


def _events() -> list[Event]:
    return st.session_state.setdefault(EVENTS_KEY, [])


def current_run() -> int:
    """Number of the latest script run this timeline has seen (0 before the first)."""
    return int(st.session_state.get(RUN_KEY, 0))


def record(text: str, run: int | None = None) -> None:
    """Append one event; keep only the newest MAX_EVENTS so the state stays small."""
    events = _events()
    events.append((current_run() if run is None else run, text))
    del events[:-MAX_EVENTS]


def start_run() -> int:
    """Mark the start of a script run's lesson body and return its number."""
    run = current_run() + 1
    st.session_state[RUN_KEY] = run
    st.session_state[PHASE_KEY] = "script"
    record(f"script run {run} started", run)
    return run


def finish_run() -> None:
    """Mark the end of the lesson body; traced calls after this are callbacks of the next run."""
    record(f"script run {current_run()} finished")
    st.session_state[PHASE_KEY] = "idle"


def traced(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap `fn` so each call is recorded as a callback or as a call inside the script body."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if st.session_state.get(PHASE_KEY) == "script":
            record(f"{fn.__name__}() called during script run {current_run()}")
        else:
            record(f"callback {fn.__name__} ran", current_run() + 1)
        return fn(*args, **kwargs)

    return wrapper


class TracingNamespace(MutableMapping[str, Any]):
    """Locals mapping for `exec` that wraps each function the snippet defines with `traced`.

    Every name is stored in the real globals dict, so the snippet's functions still see its
    imports; only the definition of a function defined in `filename` is intercepted.
    """

    def __init__(self, globals_: dict[str, Any], filename: str) -> None:
        self._globals = globals_
        self._filename = filename

    def __getitem__(self, key: str) -> Any:
        return self._globals[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if isinstance(value, types.FunctionType) and value.__code__.co_filename == self._filename:
            value = traced(value)
        self._globals[key] = value

    def __delitem__(self, key: str) -> None:
        del self._globals[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._globals)

    def __len__(self) -> int:
        return len(self._globals)


def runs(limit: int = 3) -> list[tuple[int, list[str]]]:
    """The newest `limit` runs with their events, oldest first."""
    grouped: dict[int, list[str]] = {}
    for run, text in _events():
        grouped.setdefault(run, []).append(text)
    return sorted(grouped.items())[-limit:]


def show_timeline(limit: int = 3) -> None:
    """Render the last runs as numbered steps, callbacks first where they happened."""
    history = runs(limit)
    if not history:
        st.caption("Nothing recorded yet: interact with the demo above.")
        return
    lines = []
    for run, texts in history:
        lines.append(f"run {run}")
        lines.extend(f"  {i}. {text}" for i, text in enumerate(texts, start=1))
    st.code("\n".join(lines), language=None)
