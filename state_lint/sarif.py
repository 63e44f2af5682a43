"""`--format sarif`: the report as a SARIF 2.1.0 log, the format GitHub code scanning reads
to show each finding on its line in a pull request.

Paths are written relative to the folder state-lint runs in (`%SRCROOT%`), which is the
repository root when it runs in CI, so that code scanning can place them in the repository.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from state_lint.lint import Report
from state_lint.notes import Note
from state_lint.rules import RULES

SARIF_VERSION = "2.1.0"
SOURCE_ROOT = "%SRCROOT%"
TOOL_NAME = "state-lint"


def _artifact(path: str, root: Path) -> dict[str, str]:
    """An artifactLocation: a relative URI under %SRCROOT% when the file is inside `root`,
    else an absolute file URI."""
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(root)
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": SOURCE_ROOT}


def _location(path: str, line: int | None, column: int | None, root: Path) -> dict[str, Any]:
    """A location: the file, and its line and column when known (both 1-based)."""
    physical: dict[str, Any] = {"artifactLocation": _artifact(path, root)}
    if line is not None and line >= 1:
        region: dict[str, int] = {"startLine": line}
        if column is not None and column >= 1:
            region["startColumn"] = column
        physical["region"] = region
    return {"physicalLocation": physical}


def _rules() -> list[dict[str, Any]]:
    """tool.driver.rules: every rule, so that code scanning can show its summary and lesson."""
    return [
        {
            "id": rule.id,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "help": {
                "text": f"{rule.summary} The lesson {rule.lesson_path} of the Session State "
                "Patterns app explains it."
            },
            "defaultConfiguration": {"level": "warning"},
            "properties": {"lesson": rule.lesson_path},
        }
        for rule in RULES.values()
    ]


def sarif_log(
    report: Report, notes: Sequence[Note] = (), root: Path | None = None
) -> dict[str, Any]:
    """The SARIF log of one run: findings as results, unparsable files as error notifications
    and unchecked code as note notifications. `root` (default: the working folder) is
    %SRCROOT%."""
    root = Path(os.path.abspath(root or Path.cwd()))
    base = root.as_uri() if root.as_uri().endswith("/") else root.as_uri() + "/"
    index = {rule_id: position for position, rule_id in enumerate(RULES)}
    results = [
        {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": "warning",
            "message": {"text": finding.message},
            "locations": [_location(finding.path, finding.line, finding.column, root)],
        }
        for finding in report.findings
    ]
    notifications = [
        {
            "level": "error",
            "message": {"text": f"cannot parse: {error.message}"},
            "locations": [_location(error.path, error.line, error.column, root)],
        }
        for error in report.errors
    ] + [
        {
            "level": "note",
            "message": {"text": note.message},
            "locations": [_location(note.path, note.line, note.column, root)],
        }
        for note in notes
    ]
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": {"name": TOOL_NAME, "rules": _rules()}},
                "originalUriBaseIds": {SOURCE_ROOT: {"uri": base}},
                "columnKind": "unicodeCodePoints",
                "invocations": [invocation],
                "results": results,
            }
        ],
    }
