"""What `runner.enforceSerializableSessionState` says about a value, asked without risk.

With the option on, Streamlit pickles every session-state value after each script run and
raises `UnserializableSessionStateError` for the first one that fails. That check runs after
the page, so a page cannot catch it; these helpers run the same check on a scratch
`SessionState` that holds only the value in question, so the real class and message can be
shown while this session never holds an unpicklable value.
"""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st
from streamlit.errors import UnserializableSessionStateError
from streamlit.runtime.state.session_state import SessionState

from components.catalog import Lesson
from components.lesson import show_caught_error, snippet_source


@dataclass(frozen=True)
class Point:
    """A dataclass defined in an importable module: it pickles on every rerun."""

    x: int
    y: int


SAMPLE_KINDS: tuple[str, ...] = (
    "dict",
    "DataFrame",
    "dataclass",
    "lambda",
    "lock",
    "open file",
    "generator",
)


@contextmanager
def sample(kind: str) -> Iterator[Any]:
    """A fresh value of `kind`; an open file is closed again when the block ends."""
    if kind == "open file":
        with open(os.devnull, encoding="utf-8") as handle:
            yield handle
        return
    values = {
        "dict": lambda: {"theme": "dark", "page_size": 25},
        "DataFrame": lambda: pd.DataFrame({"region": ["APAC", "EMEA"], "sales": [120, 95]}),
        "dataclass": lambda: Point(1, 2),
        "lambda": lambda: lambda x: x * 2,
        "lock": threading.Lock,
        "generator": lambda: (n * n for n in range(3)),
    }
    if kind not in values:
        raise ValueError(f"unknown sample kind {kind!r}; expected one of {SAMPLE_KINDS}")
    yield values[kind]()


def pickle_outcome(value: Any) -> str:
    """What `pickle.dumps` does with the value, in one line."""
    try:
        size = len(pickle.dumps(value))
    except Exception as exc:  # report exactly what Streamlit's check would trip on
        return f"{type(exc).__name__}: {exc}"
    return f"OK, {size:,} bytes"


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


def store_if_serializable(key: str, value: Any) -> UnserializableSessionStateError | None:
    """Store the value only if Streamlit's check accepts it; return the refusal otherwise."""
    refusal = streamlit_verdict(key, value)
    if refusal is None:
        st.session_state[key] = value
    return refusal


def run_unserializable_snippet(lesson: Lesson, file: str) -> UnserializableSessionStateError:
    """Run a snippet that stores an unpicklable value, then show the error Streamlit raises.

    Streamlit raises only after the whole script run, so the page cannot catch it the way
    `run_snippet` catches other broken snippets. Instead, every key the snippet set is put
    through Streamlit's own check right away, and each one that fails is deleted before the
    run ends: the session never keeps it, and the real exception is shown in the frame.
    """
    snippet = lesson.snippet(file)
    if snippet.exception_class() is not UnserializableSessionStateError:
        raise ValueError(f"{file} is not declared to raise UnserializableSessionStateError")
    _, code = snippet_source(snippet)
    before = {key: id(st.session_state[key]) for key in st.session_state}
    refusals: list[UnserializableSessionStateError] = []
    with st.container(border=True):
        try:
            exec(code, {"__name__": "__main__", "__file__": str(snippet.path)})
        finally:
            for key in list(st.session_state):
                if before.get(key) == id(st.session_state[key]):
                    continue
                refusal = streamlit_verdict(key, st.session_state[key])
                if refusal is not None:
                    del st.session_state[key]
                    refusals.append(refusal)
        if not refusals:
            raise AssertionError(f"{file} was expected to store an unpicklable value")
        show_caught_error(snippet, refusals[0])
    return refusals[0]
