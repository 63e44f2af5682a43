"""What state-lint reads but does not check, reported so that a clean result is not over-read.

`from streamlit import *` brings `session_state`, `button` and the rest in without a prefix;
the checks follow `st.` and named imports only, so such a file is said to be unchecked.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from state_lint.lint import ParseError, python_files, read_source

_STAR_IMPORT = re.compile(r"^[ \t]*from[ \t]+streamlit[ \t]+import[ \t]*\*", re.MULTILINE)
STAR_IMPORT_MESSAGE = (
    "`from streamlit import *` is not followed: what this file does through the names it "
    "brings in (session_state, button, ...) is not checked; write `import streamlit as st`"
)


@dataclass(frozen=True, order=True)
class Note:
    """A place the checks skip: not a finding, and it does not change the exit status."""

    path: str
    line: int
    column: int
    message: str

    def as_text(self) -> str:
        """`path:line:col: note: message`, the shape of a finding's line."""
        return f"{self.path}:{self.line}:{self.column}: note: {self.message}"

    def as_dict(self) -> dict[str, str | int]:
        """The note for --format json."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }


def star_imports(source: str, path: str = "<input>") -> list[Note]:
    """A note for each `from streamlit import *` in the code (none if it does not parse: the
    parse error is reported instead)."""
    if not _STAR_IMPORT.search(source):
        return []
    try:
        tree = ast.parse(source, filename=path)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    return sorted(
        Note(path, node.lineno, node.col_offset + 1, STAR_IMPORT_MESSAGE)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and node.module == "streamlit"
        and not node.level
        and any(alias.name == "*" for alias in node.names)
    )


def unchecked(paths: Iterable[Path]) -> list[Note]:
    """The notes for every file that `check_paths` would check among these paths."""
    notes: list[Note] = []
    for path in python_files(paths):
        try:
            source = read_source(path)
        except ParseError:
            continue
        notes.extend(star_imports(source, str(path)))
    return notes
