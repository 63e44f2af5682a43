"""The tests docs/CLAIMS.md and docs/TEST_MOVES.md name as proof exist, so a claim never points
at a test that was removed or renamed."""

from __future__ import annotations

import re

from app.paths import ROOT

TEST_FILES = [*(ROOT / "tests").rglob("test_*.py"), *(ROOT / "snippets").rglob("test_*.py")]
DEFINED = {
    name
    for path in TEST_FILES
    for name in re.findall(r"^\s*def (test_\w+)", path.read_text(encoding="utf-8"), re.MULTILINE)
}


def cited(text: str) -> set[str]:
    """Every test named as `file.py::test_x` or `::test_x` in a Markdown text."""
    return set(re.findall(r"::(test_\w+)", text))


def test_every_test_a_claim_cites_exists():
    text = (ROOT / "docs" / "CLAIMS.md").read_text(encoding="utf-8")
    assert cited(text), "CLAIMS.md names no test"
    assert sorted(cited(text) - DEFINED) == []


def test_every_test_named_as_the_proof_of_a_removed_one_exists():
    rows = [
        line.strip("|").split(" | ")
        for line in (ROOT / "docs" / "TEST_MOVES.md").read_text(encoding="utf-8").splitlines()
        if line.startswith(("| tests/", "| snippets/"))
    ]
    proofs = set().union(*(cited(row[1]) for row in rows if len(row) > 1))
    assert proofs, "TEST_MOVES.md names no proof"
    assert sorted(proofs - DEFINED) == []
