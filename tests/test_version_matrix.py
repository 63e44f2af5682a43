"""docs/VERSIONS.md, written by tools/version_matrix.py from a real run, covers every lesson and
snippet of the catalog at the minimum each claims now, and records a pass there: a new snippet,
or a raised or lowered minimum, fails here until the matrix has been run again."""

from __future__ import annotations

import pytest
from conftest import ROOT, open_lesson

from app.catalog import LESSONS
from app.frame.lesson import listing_key
from tools.version_matrix import full, minimum, minimum_cell, pinned_release
from tools.versions import BASELINE, release_key

TEXT = (ROOT / "docs" / "VERSIONS.md").read_text(encoding="utf-8")


def table(heading: str) -> list[dict[str, str]]:
    """The rows of the Markdown table under `## <heading>`, as column name -> cell."""
    section = TEXT.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    names = [cell.strip() for cell in rows[0].strip("|").split("|")]
    return [
        dict(zip(names, (cell.strip() for cell in row.strip("|").split("|")), strict=True))
        for row in rows[2:]
    ]


LESSON_ROWS = {row["Lesson"].strip("`"): row for row in table("Lessons")}
SNIPPET_ROWS = {row["Snippet"].strip("`"): row for row in table("Snippets")}
SNIPPETS = [(lesson, s) for lesson in LESSONS for s in lesson.snippets]


def test_every_lesson_and_snippet_has_a_row_and_nothing_else_does():
    assert set(LESSON_ROWS) == {lesson.slug for lesson in LESSONS}
    assert set(SNIPPET_ROWS) == {s.file for _, s in SNIPPETS}


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_the_lesson_passed_on_the_minimum_it_claims(lesson):
    row = LESSON_ROWS[lesson.slug]
    assert row["Claimed minimum"].split()[0] == (lesson.min_version or BASELINE)
    assert row["On its minimum"].startswith("pass ("), row


@pytest.mark.parametrize("pair", SNIPPETS, ids=lambda pair: pair[1].file)
def test_the_snippets_test_passed_on_its_minimum(pair):
    lesson, snippet = pair
    row = SNIPPET_ROWS[snippet.file]
    assert row["Lesson"] == f"`{lesson.slug}`"
    assert row["Minimum"] == minimum_cell(lesson, snippet)
    if snippet.test_path.is_file():
        assert row["On its minimum"] == "pass", row
    else:
        assert snippet.is_broken and row["On its minimum"].startswith("no test"), row


def test_the_table_was_run_on_the_pinned_release():
    pinned = full(pinned_release())
    assert f"On {pinned} (pinned)" in next(iter(SNIPPET_ROWS.values()))
    assert "Newest Streamlit run: **" in TEXT


# Snippets with a minimum of their own, or whose test needs a newer AppTest than they need.
NOTED = [(x, s) for x, s in SNIPPETS if s.min_version or s.test_min_version]


@pytest.mark.parametrize("pair", NOTED, ids=lambda pair: pair[1].file)
def test_a_snippets_own_minimum_is_shown_beside_its_listing(pair):
    lesson, snippet = pair
    claimed = lesson.min_version or BASELINE
    at = open_lesson(lesson.slug)
    [label] = [e.label for e in at.main.expander if e.label.startswith(f"Code: {snippet.file} (")]
    if snippet.min_version:
        assert release_key(snippet.min_version) > release_key(claimed)
        assert f"needs Streamlit {snippet.min_version} or newer" in label
    if snippet.test_min_version:
        assert release_key(snippet.test_min_version) > release_key(minimum(lesson, snippet))
        assert f"its test needs Streamlit {snippet.test_min_version} or newer" in label
        at.session_state[listing_key(snippet.file)] = True
        at.run()
        captions = [c.value for c in at.main.caption]
        assert any(
            snippet.test_path.name in c and f"Streamlit {snippet.test_min_version} or newer" in c
            for c in captions
        ), captions
