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

from components.state import streamlit_verdict


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


def store_if_serializable(key: str, value: Any) -> UnserializableSessionStateError | None:
    """Store the value only if Streamlit's check accepts it; return the refusal otherwise."""
    refusal = streamlit_verdict(key, value)
    if refusal is None:
        st.session_state[key] = value
    return refusal
