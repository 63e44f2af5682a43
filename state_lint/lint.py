"""Parse, run every check, drop what an ignore comment silences, and report.

Nothing here imports or executes the code being checked: it is read as text and parsed with
`ast`.
"""

from __future__ import annotations

import ast
import io
import os
import re
import tokenize
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from state_lint.apps import app_root, calls_navigation, entry_and_pages
from state_lint.checks import CHECKS, Hit
from state_lint.order import App, uninitialized_reads
from state_lint.rules import RULES, default_rules
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


def _findings(
    parsed: _Parsed, app: App | None, select: frozenset[str] | None = None
) -> list[Finding]:
    script = parsed.script
    if not script.uses_streamlit:
        return []
    hits: list[Hit] = []
    try:
        for check in CHECKS:
            hits.extend(check(script))
        hits.extend(uninitialized_reads(script, app))
    except RecursionError:
        raise ParseError(parsed.path, "the code is nested too deeply to check") from None
    lines = parsed.source.splitlines()
    silenced = _ignored(parsed.source)
    found: set[Finding] = set()
    chosen = default_rules() if select is None else select
    for rule, node, message in hits:
        line = getattr(node, "lineno", 1)
        if rule not in chosen or rule in silenced.get(line, ()):
            continue
        column = _column(lines, line, getattr(node, "col_offset", 0))
        found.add(Finding(parsed.path, line, column, rule, message))
    return sorted(found)


def check_source(
    source: str,
    path: str = "<input>",
    *,
    assume_st: bool = False,
    select: frozenset[str] | None = None,
) -> list[Finding]:
    """Findings for one script given as text. Raises ParseError if it cannot be parsed.

    A file that does not import streamlit is not checked, unless `assume_st` is set: then `st`
    means streamlit, for pasted fragments that leave out the import. `select`: the rule ids to
    run (default: the rules on by default).
    """
    return _findings(_parse(source, path, assume_st), None, select)


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


_Stamp = tuple[tuple[Path, int, int], ...]
# The last apps loaded, so that checking an app's files one by one parses each file once.
_APPS: dict[Path, tuple[_Stamp, dict[Path, _Parsed], dict[Path, ParseError], App]] = {}


def _stamp(members: set[Path]) -> _Stamp:
    """Each file with its modification time and size: a change makes the app load again."""
    stamps = []
    for member in sorted(members):
        try:
            stat = member.stat()
        except OSError:
            stamps.append((member, -1, -1))
            continue
        stamps.append((member, stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


def _module_name(root: Path, member: Path) -> str:
    """`pkg/sub/mod.py` under `root` -> `pkg.sub.mod` (a package's `__init__.py` -> `pkg`)."""
    parts = member.relative_to(root).with_suffix("").parts
    if parts and parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _load_app(
    root: Path, members: set[Path], errors: list[ParseError], targets: dict[Path, Path]
) -> tuple[dict[Path, _Parsed], App]:
    """Parse the files of one app (or reuse them when unchanged) and index the app."""
    stamp = _stamp(members)
    cached = _APPS.get(root)
    if cached is None or cached[0] != stamp:
        parsed: dict[Path, _Parsed] = {}
        failed: dict[Path, ParseError] = {}
        for member in sorted(members):
            try:
                parsed[member] = _parse(read_source(member), str(member))
            except ParseError as exc:
                failed[member] = exc
        navigating = {m for m, p in parsed.items() if calls_navigation(p.source)}
        pages = entry_and_pages(root, sorted(parsed), navigating)
        app = App.of(
            [p.script for p in parsed.values()],
            [
                (parsed[page].script, [parsed[e].script for e in entries])
                for page, entries in pages.items()
            ],
            {id(p.script): _module_name(root, member) for member, p in parsed.items()},
        )
        if len(_APPS) > 8:
            _APPS.clear()
        cached = _APPS[root] = (stamp, parsed, failed, app)
    _, parsed, failed, app = cached
    for member, exc in failed.items():
        if member in targets:
            errors.append(ParseError(str(targets[member]), exc.message, exc.line, exc.column))
    return parsed, app


def _absolute(path: Path) -> Path:
    """An absolute path without `..`, the same for a file however it was named."""
    return Path(os.path.normpath(path.absolute()))


# folder -> (its modification time, the app root of its files): files given one by one (as
# pre-commit does) look each folder up once, and a folder that changes is looked up again.
_ROOTS: dict[Path, tuple[int, Path]] = {}


class _Roots:
    """The app root of each file, looked up once per folder."""

    def of(self, file: Path) -> Path:
        """The app root of `file`, from the cache while its folder is unchanged."""
        folder = file.parent
        try:
            changed = folder.stat().st_mtime_ns
        except OSError:
            changed = -1
        cached = _ROOTS.get(folder)
        if cached is None or cached[0] != changed:
            if len(_ROOTS) > 10_000:
                _ROOTS.clear()
            cached = _ROOTS[folder] = (changed, app_root(file))
        return cached[1]


def check_paths(paths: Iterable[Path], select: frozenset[str] | None = None) -> Report:
    """Check files and folders. Each file is checked with the app around it (see `apps.py`):
    a key its app's entry file or init helper sets counts, a key of another app does not."""
    errors: list[ParseError] = []
    targets: dict[Path, Path] = {}  # resolved -> as given
    for path in python_files(paths):
        if not path.exists():
            errors.append(ParseError(str(path), "no such file or folder"))
            continue
        targets.setdefault(_absolute(path), path)
    roots = _Roots()
    by_app: dict[Path, list[Path]] = {}
    for resolved in targets:
        by_app.setdefault(roots.of(resolved), []).append(resolved)
    findings: list[Finding] = []
    for root, wanted in by_app.items():
        members = {f for f in python_files([root]) if roots.of(f) == root}
        members |= set(wanted)
        parsed, app = _load_app(root, members, errors, targets)
        for member in sorted(wanted):
            if member not in parsed:
                continue
            item = parsed[member]
            shown = _Parsed(str(targets[member]), item.source, item.script)
            try:
                findings.extend(_findings(shown, app, select))
            except ParseError as exc:
                errors.append(exc)
    return Report(sorted(findings), errors)
