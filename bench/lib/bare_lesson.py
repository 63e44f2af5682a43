"""A lesson's snippets without the frame: every snippet file executed in order in one script run.

bench/suite/overhead.py runs this through AppTest as the "bare" side of the page-overhead ratio,
so the ratio measures the frame (navigation, header, code display, downloads, prose, inspector)
and not how many snippets a lesson has. A broken snippet stops at its exception, as it does alone.
"""

from __future__ import annotations

import functools
from pathlib import Path
from types import CodeType
from typing import Any

import streamlit as st

from app.catalog import lesson_by_slug


@functools.lru_cache(maxsize=256)
def _code(path: str) -> CodeType:
    return compile(Path(path).read_text(encoding="utf-8"), path, "exec")


def run_all(slug: str) -> None:
    lesson = lesson_by_slug(slug)
    assert lesson is not None, slug
    for snippet in lesson.snippets:
        namespace: dict[str, Any] = {"__name__": "__main__", "__file__": str(snippet.path)}
        if not snippet.is_broken:
            exec(_code(str(snippet.path)), namespace)
            continue
        try:
            exec(_code(str(snippet.path)), namespace)
        except snippet.exception_class() as exc:
            st.exception(exc)


SCRIPT = "from bench.lib.bare_lesson import run_all\n\nrun_all({slug!r})\n"
