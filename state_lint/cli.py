"""`state-lint PATH...`: exit 0 when clean, 1 with findings, 2 when a file cannot be parsed."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from state_lint.checks import EMITS
from state_lint.lint import check_paths
from state_lint.notes import unchecked
from state_lint.order import uninitialized_reads
from state_lint.rules import RULES
from state_lint.sarif import sarif_log

assert uninitialized_reads  # imported so that EMITS holds SS004's check too

EXIT_CLEAN, EXIT_FINDINGS, EXIT_UNPARSABLE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="state-lint",
        description="Find Streamlit session-state pitfalls without running the code.",
        epilog="Silence one line with a comment: # state-lint: ignore[SS003]",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="Python files or folders")
    parser.add_argument(
        "--format",
        choices=("text", "json", "sarif"),
        default="text",
        help="sarif: SARIF 2.1.0, for GitHub code scanning",
    )
    parser.add_argument(
        "--list-rules", action="store_true", help="print every rule and its lesson, then exit"
    )
    parser.add_argument(
        "--select",
        help="comma-separated rule ids to run instead of the default set, or ALL "
        "(turns on the rules that are off by default)",
    )
    return parser


def _selected(text: str | None) -> frozenset[str] | None:
    """The rule ids `--select` names (None: the default set); unknown ids are an error."""
    if text is None:
        return None
    if text.strip().upper() == "ALL":
        return frozenset(RULES)
    chosen = frozenset(part.strip().upper() for part in text.split(",") if part.strip())
    unknown = sorted(chosen - set(RULES))
    if unknown:
        raise ValueError(f"unknown rule id(s): {', '.join(unknown)}")
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.list_rules:
        for rule in RULES.values():
            checks = ", ".join(name for name, ids in EMITS.items() if rule.id in ids)
            state = "" if rule.default else f" [off by default: {rule.why_off}]"
            print(
                f"{rule.id} {rule.name}: {rule.summary} [check: {checks}]{state} "
                f"(lesson: {rule.lesson_path})"
            )
        return EXIT_CLEAN
    try:
        select = _selected(args.select)
    except ValueError as exc:
        parser.error(str(exc))
    if not args.paths:
        parser.error("give at least one file or folder to check")
    report = check_paths(args.paths, select=select)
    notes = unchecked(args.paths)
    if args.format == "sarif":
        print(json.dumps(sarif_log(report, notes), indent=2))
    elif args.format == "json":
        payload: dict[str, object] = {
            "findings": [finding.as_dict() for finding in report.findings],
            "errors": [
                {"path": e.path, "line": e.line, "column": e.column, "message": e.message}
                for e in report.errors
            ],
        }
        if notes:  # only then, so that the keys of a plain run stay as they were
            payload["notes"] = [note.as_dict() for note in notes]
        print(json.dumps(payload, indent=2))
    else:
        for finding in report.findings:
            print(finding.as_text())
        for error in report.errors:
            print(error, file=sys.stderr)
        for note in notes:
            print(note.as_text(), file=sys.stderr)
    if report.errors:
        return EXIT_UNPARSABLE
    return EXIT_FINDINGS if report.findings else EXIT_CLEAN
