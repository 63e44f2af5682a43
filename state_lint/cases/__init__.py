"""Each rule's cases as files, as in pylint's functional tests: `SS0nn_<name>/bad_*.py` marks
each line that must be flagged with `# [SS0nn]`, and `good_*.py` must stay clean.

The tests run every case, and the check-your-code lesson shows a rule's cases with `example`.
"""

from __future__ import annotations

import re
from pathlib import Path

from state_lint.rules import RULES

CASES_DIR = Path(__file__).resolve().parent
_MARKER = re.compile(r"#\s*\[(SS\d{3}(?:\s*,\s*SS\d{3})*)\]\s*$")


def case_dir(rule_id: str) -> Path:
    """The folder of one rule's cases, e.g. `SS004_uninitialized_read`."""
    rule = RULES[rule_id]
    return CASES_DIR / f"{rule.id}_{rule.name.replace('-', '_')}"


def case_files(rule_id: str, kind: str = "") -> list[Path]:
    """The rule's case files, `bad_*` and `good_*` (or only one `kind`), in name order."""
    prefixes = (f"{kind}_",) if kind else ("bad_", "good_")
    return sorted(p for p in case_dir(rule_id).glob("*.py") if p.name.startswith(prefixes))


def expected(source: str) -> set[tuple[int, str]]:
    """(line, rule id) for every `# [SS0nn]` marker in a case's text."""
    found: set[tuple[int, str]] = set()
    for number, line in enumerate(source.splitlines(), start=1):
        match = _MARKER.search(line)
        if match:
            found |= {(number, part.strip()) for part in match.group(1).split(",")}
    return found


def _first(rule_id: str, kind: str) -> Path:
    files = case_files(rule_id, kind)
    basic = [p for p in files if p.name == f"{kind}_basic.py"]
    return (basic or files)[0]


def example(rule_id: str) -> tuple[str, str]:
    """(bad, good): the text of a rule's first bad case and first good case, for a lesson to
    show what the rule flags and what it accepts."""
    bad, good = _first(rule_id, "bad"), _first(rule_id, "good")
    return bad.read_text(encoding="utf-8"), good.read_text(encoding="utf-8")


__all__ = ["CASES_DIR", "case_dir", "case_files", "example", "expected"]
