"""Parse, run every check, drop what an ignore comment silences, and report.

Nothing here imports or executes the code being checked: it is read as text and parsed with
`ast`.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from state_lint.checks import CHECKS, Hit, initialized_keys, uninitialized_reads
from state_lint.rules import RULES
from state_lint.script import Script
from state_lint.syntax import explain

IGNORE_COMMENT = re.compile(r"state-lint:\s*ignore\[([A-Za-z0-9_,\s]+)\]")
# Folders never searched when a folder is given.
SKIPPED_DIRS = frozenset(
    {"__pycache__", "node_modules", "venv", "env", "site-packages", "build", "dist"}
)


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    column: int  # 1-based, in characters
    rule: str
    message: str

    @property
    def lesson(self) -> str:
        """URL path of the lesson that explains the rule, e.g. `/initialize`."""
        return RULES[self.rule].lesson_path

    def as_text(self) -> str:
        return f"{self.path}:{self.line}:{self.column} {self.rule} {self.message} " + (
            f"(lesson: {self.lesson})"
        )

    def as_dict(self) -> dict[str, str | int]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "message": self.message,
            "lesson": self.lesson,
        }


class ParseError(Exception):
    """The code cannot be checked: a syntax error, an undecodable file, or too deep nesting."""

    def __init__(
        self, path: str, message: str, line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: cannot parse: {self.message}"


@dataclass
class _Parsed:
    path: str
    source: str
    script: Script


def _parse(source: str, path: str, assume_st: bool = False) -> _Parsed:
    try:
        tree = ast.parse(source, filename=path)
        script = Script.from_tree(tree, assume_st)
    except SyntaxError as exc:
        column = exc.offset if exc.offset and exc.offset > 0 else None
        raise ParseError(path, explain(source, exc), exc.lineno, column) from None
    except (RecursionError, MemoryError):
        raise ParseError(path, "the code is nested too deeply to check") from None
    except ValueError as exc:  # e.g. null bytes on older Pythons
        raise ParseError(path, str(exc)) from None
    return _Parsed(path, source, script)


def _ignored(source: str) -> dict[int, set[str]]:
    """Line -> rule ids silenced there by `# state-lint: ignore[SS001,SS003]`."""
    silenced: dict[int, set[str]] = {}
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return silenced
    for token in tokens:
        if token.type != tokenize.COMMENT:
            continue
        match = IGNORE_COMMENT.search(token.string)
        if match:
            rules = {part.strip().upper() for part in match.group(1).split(",") if part.strip()}
            silenced.setdefault(token.start[0], set()).update(rules)
    return silenced


def _column(lines: list[str], line: int, byte_offset: int) -> int:
    """ast columns count UTF-8 bytes; people count characters."""
    if not 1 <= line <= len(lines):
        return byte_offset + 1
    prefix = lines[line - 1].encode("utf-8")[:byte_offset]
    return len(prefix.decode("utf-8", errors="ignore")) + 1


def _findings(parsed: _Parsed, elsewhere: set[str]) -> list[Finding]:
    script = parsed.script
    if not script.uses_streamlit:
        return []
    hits: list[Hit] = []
    try:
        for check in CHECKS:
            hits.extend(check(script))
        hits.extend(uninitialized_reads(script, elsewhere))
    except RecursionError:
        raise ParseError(parsed.path, "the code is nested too deeply to check") from None
    lines = parsed.source.splitlines()
    silenced = _ignored(parsed.source)
    found: set[Finding] = set()
    for rule, node, message in hits:
        line = getattr(node, "lineno", 1)
        if rule in silenced.get(line, ()):
            continue
        column = _column(lines, line, getattr(node, "col_offset", 0))
        found.add(Finding(parsed.path, line, column, rule, message))
    return sorted(found)


def check_source(source: str, path: str = "<input>", *, assume_st: bool = False) -> list[Finding]:
    """Findings for one script given as text. Raises ParseError if it cannot be parsed.

    A file that does not import streamlit is not checked, unless `assume_st` is set: then `st`
    means streamlit, for pasted fragments that leave out the import.
    """
    return _findings(_parse(source, path, assume_st), set())


def read_source(path: Path) -> str:
    """A file's text, decoded the way Python would (PEP 263 coding line, else UTF-8)."""
    try:
        with tokenize.open(path) as handle:
            return handle.read()
    except (SyntaxError, UnicodeDecodeError) as exc:
        raise ParseError(str(path), f"cannot decode the file: {exc}") from None
    except OSError as exc:
        raise ParseError(str(path), exc.strerror or str(exc)) from None


def python_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files named, and every .py file under the folders named (hidden folders and
    virtual environments skipped), each once, in a stable order."""
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            candidates = sorted(
                p
                for p in path.rglob("*.py")
                if not any(
                    part.startswith(".") or part in SKIPPED_DIRS
                    for part in p.relative_to(path).parts[:-1]
                )
            )
        else:
            candidates = [path]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate


@dataclass
class Report:
    findings: list[Finding]
    errors: list[ParseError]


def check_paths(paths: Iterable[Path]) -> Report:
    """Check files and folders together. A key initialized in one of them counts as
    initialized for all (a multipage app's router initializes what its pages read)."""
    parsed: list[_Parsed] = []
    errors: list[ParseError] = []
    for path in python_files(paths):
        if not path.exists():
            errors.append(ParseError(str(path), "no such file or folder"))
            continue
        try:
            parsed.append(_parse(read_source(path), str(path)))
        except ParseError as exc:
            errors.append(exc)
    initialized: dict[str, set[str]] = {p.path: initialized_keys(p.script) for p in parsed}
    findings: list[Finding] = []
    for item in parsed:
        elsewhere = set().union(*(keys for path, keys in initialized.items() if path != item.path))
        try:
            findings.extend(_findings(item, elsewhere))
        except ParseError as exc:
            errors.append(exc)
    return Report(sorted(findings), errors)
