"""Tell a syntax error from syntax newer than the Python that runs state-lint, and name the
version the code needs.

`ast` parses with the running interpreter's grammar (3.11 rejects a valid 3.12 `type` alias),
so "invalid syntax" alone would send the user hunting for a mistake that is not there.
"""

from __future__ import annotations

import re
import sys

Version = tuple[int, int]

# `type X = ...` / `type X[T] = ...`, `def f[T](...)`, `class C[T]:` (PEP 695).
_TYPE_ALIAS = re.compile(r"^\s*type\s+[A-Za-z_]\w*\s*[\[=]")
_GENERIC_DEF = re.compile(r"^\s*(?:async\s+)?def\s+[A-Za-z_]\w*\s*\[")
_GENERIC_CLASS = re.compile(r"^\s*class\s+[A-Za-z_]\w*\s*\[")
_STRING_CHARS = frozenset("rRbBuUfF'\"")
_STRING_START = re.compile(r"(?<!\w)([rRbBuUfF]{0,2})('''|\"\"\"|'|\")")


def running_version() -> Version:
    """The major and minor version of the interpreter running state-lint."""
    return sys.version_info[0], sys.version_info[1]


def _type_parameters(line: str, start: int) -> str:
    """The text between the `[` at `start` and its matching `]` (to the end of the line)."""
    depth = 0
    for index in range(start, len(line)):
        if line[index] == "[":
            depth += 1
        elif line[index] == "]":
            depth -= 1
            if depth == 0:
                return line[start + 1 : index]
    return line[start + 1 :]


def _generics(line: str) -> tuple[str, Version] | None:
    """A PEP 695 construct on this line, and the version it needs (3.13 with a default)."""
    for pattern, what in (
        (_TYPE_ALIAS, "a `type` alias"),
        (_GENERIC_DEF, "a generic function, `def name[T]`"),
        (_GENERIC_CLASS, "a generic class, `class Name[T]`"),
    ):
        match = pattern.match(line)
        if not match:
            continue
        bracket = line.find("[", match.start(), match.end())
        if bracket != -1 and "=" in _type_parameters(line, bracket):
            return "a type parameter with a default, PEP 696", (3, 13)
        return f"{what}, PEP 695", (3, 12)
    return None


class _FStringScanner:
    """Walks source text and finds the first f-string that needs PEP 701 (Python 3.12): its
    own quote, a backslash or a `#` comment inside a replacement field."""

    def __init__(self, source: str) -> None:
        self.text = source
        self.found: tuple[int, str] | None = None  # (offset, what)

    def scan(self) -> tuple[int, str] | None:
        position = 0
        while position < len(self.text) and self.found is None:
            char = self.text[position]
            if char == "#":
                end = self.text.find("\n", position)
                position = len(self.text) if end == -1 else end
                continue
            match = _STRING_START.match(self.text, position)
            if match is None:
                position += 1
                continue
            prefix, quote = match.group(1), match.group(2)
            if "f" in prefix.lower():
                position = self._fstring(match.end(), quote)
            else:
                position = self._plain(match.end(), quote, raw="r" in prefix.lower())
        return self.found

    def _plain(self, position: int, quote: str, raw: bool = False) -> int:
        """Skip a string literal whose opening quote ends before `position`."""
        while position < len(self.text):
            if self.text[position] == "\\" and not raw:
                position += 2
                continue
            if self.text.startswith(quote, position):
                return position + len(quote)
            if self.text[position] == "\n" and len(quote) == 1:
                return position
            position += 1
        return position

    def _fstring(self, position: int, quote: str) -> int:
        """Walk an f-string's literal parts and replacement fields up to its closing quote."""
        while position < len(self.text) and self.found is None:
            if self.text.startswith(quote, position):
                return position + len(quote)
            char = self.text[position]
            if char == "\n" and len(quote) == 1:
                return position
            if self.text.startswith(("{{", "}}"), position):
                position += 2
            elif char == "{":
                position = self._field(position + 1, quote)
            elif char == "\\" and self.text[position + 1 : position + 2] in ("\\", "'", '"', "\n"):
                position += 2  # an escaped quote, backslash or newline; `\{{` is `\` then `{{`
            else:
                position += 1
        return position

    def _field(self, position: int, quote: str) -> int:
        """Walk one replacement field, from after its `{` to after its `}`."""
        brackets = 0
        in_spec = False
        while position < len(self.text) and self.found is None:
            char = self.text[position]
            if in_spec:
                if char == "{":
                    position = self._field(position + 1, quote)
                    continue
                if char == "}":
                    return position + 1
                if self.text.startswith(quote, position):
                    return position
                position += 1
                continue
            inner = _STRING_START.match(self.text, position) if char in _STRING_CHARS else None
            if inner is not None:
                if inner.group(2).startswith(quote):
                    self.found = (inner.start(2), "its own quotes inside a replacement field")
                elif "f" in inner.group(1).lower():
                    position = self._fstring(inner.end(), inner.group(2))
                else:
                    end = self._plain(inner.end(), inner.group(2), "r" in inner.group(1).lower())
                    if "\\" in self.text[inner.end() : end]:
                        self.found = (inner.end(), "a backslash inside a replacement field")
                    position = end
                continue
            if char == "\\":
                self.found = (position, "a backslash inside a replacement field")
            elif char == "#":
                self.found = (position, "a comment inside a replacement field")
            elif char in "([{":
                brackets += 1
            elif char in ")]":
                brackets -= 1
            elif char == "}":
                if brackets == 0:
                    return position + 1
                brackets -= 1
            elif char == ":" and brackets == 0:
                in_spec = True
            position += 1
        return position


def _fstrings(source: str, error_line: int) -> tuple[int, str] | None:
    """The line and description of a PEP 701 f-string at or before the error's line."""
    try:
        found = _FStringScanner(source).scan()
    except RecursionError:  # format specs nested beyond reason: no claim about the version
        return None
    if found is None:
        return None
    offset, what = found
    line = source.count("\n", 0, offset) + 1
    return (line, what) if line <= error_line else None


def newer_syntax(
    source: str, error: SyntaxError, running: Version | None = None
) -> tuple[int, str, Version] | None:
    """(line, what, version needed) when the parse failed on syntax that a newer Python than
    `running` (default: this one) accepts; None for a plain syntax error."""
    running = running or running_version()
    lines = source.splitlines()
    error_line = error.lineno or 0
    if 1 <= error_line <= len(lines):
        generic = _generics(lines[error_line - 1])
        if generic is not None and generic[1] > running:
            return error_line, generic[0], generic[1]
    if running < (3, 12):
        found = _fstrings(source, error_line)
        if found is not None:
            return found[0], f"an f-string with {found[1]}, PEP 701", (3, 12)
    return None


def explain(source: str, error: SyntaxError) -> str:
    """The syntax error's message, plus which Python the code needs when it is newer syntax."""
    newer = newer_syntax(source, error)
    if newer is None:
        return error.msg
    line, what, (major, minor) = newer
    here = "{}.{}".format(*running_version())
    return (
        f"{error.msg}: line {line} uses Python {major}.{minor} syntax ({what}); state-lint runs "
        f"on Python {here} here, run it with Python {major}.{minor}+"
    )
