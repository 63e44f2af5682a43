"""The check-your-code lesson: the checker page (parse only, never run); the demo's mistakes are
its snippet's own test's."""

from __future__ import annotations

import re
import textwrap

from conftest import click, lesson, open_lesson, page_links, texts

from app.catalog.search import search_lessons
from app.lesson_parts.code_check import MAX_CHARS, CodeCheck

SLUG = "check-your-code"
DEMO = lesson(SLUG).snippet("check_your_code_demo.py").path.read_text(encoding="utf-8")


def paste(at, code: str):
    at.text_area(key="lint_code").input(code)
    return click(at, "Check the code")


FINDING = re.compile(r"^line (\d+):(\d+) +(SS\d{3})  (.+)$")


def findings(at) -> list[tuple[int, int, str, str]]:
    """(line, column, rule, message) of each finding shown (as plain text, in a code block)."""
    blocks = [c.value for c in at.main.code if c.value.startswith("line ")]
    assert len(blocks) <= 1
    rows = [FINDING.match(line) for block in blocks for line in block.split("\n\n")]
    assert all(rows), blocks
    return [(int(m[1]), int(m[2]), m[3], m[4]) for m in rows]


def rules(at) -> list[str]:
    return [rule for _, _, rule, _ in findings(at)]


# -- the checker ----------------------------------------------------------------------------------


def test_the_box_starts_with_the_demo_and_checking_it_finds_its_three_mistakes():
    at = open_lesson(SLUG)
    assert at.text_area(key="lint_code").value == DEMO
    assert findings(at) == []  # nothing before a check
    click(at, "Check the code")
    assert not at.exception
    shown = findings(at)
    assert [rule for _, _, rule, _ in shown] == ["SS003", "SS005", "SS006"]
    lines = DEMO.splitlines()
    (total, _, _, _), (add, add_column, _, _), (confirm, _, _, _) = shown
    assert lines[total - 1].startswith("st.session_state.lint_total = 0")
    assert lines[add - 1][add_column - 1 :].startswith("add_one()")
    assert 'st.button("Really reset?"' in lines[confirm - 1]
    assert "3 findings" in at.main.warning[0].value
    assert isinstance(at.session_state.lint_report, CodeCheck)


def test_findings_link_to_their_lessons_inside_the_app():
    at = paste(open_lesson(SLUG), DEMO)
    links = page_links(at)
    assert links["SS003: Initialize state safely"] == "initialize"
    assert links["SS005: Callbacks: on_click and on_change"] == "callbacks"
    assert links["SS006: Show and hide a section"] == "toggle"


def test_clean_code_shows_no_findings():
    clean = "\n".join(
        [
            "import streamlit as st",
            'st.session_state.setdefault("n", 0)',
            "st.write(st.session_state.n)",
        ]
    )
    at = paste(open_lesson(SLUG), clean)
    assert not at.exception
    assert "No findings" in at.main.success[0].value
    assert findings(at) == []


def test_a_fragment_without_the_import_is_checked_as_streamlit_code():
    at = paste(open_lesson(SLUG), "st.write(st.session_state.theme)\n")
    assert rules(at) == ["SS004"]


def test_a_syntax_error_is_reported_with_its_line_and_nothing_is_checked():
    code = 'import streamlit as st\nst.button("Save", on_click=save\nst.write("done")\n'
    at = paste(open_lesson(SLUG), code)
    assert not at.exception
    assert "cannot be parsed" in at.main.error[0].value
    shown = [c.value for c in at.main.code if c.language in (None, "", "plaintext")]
    detail = next(text for text in shown if text.startswith("Line 2"))
    assert "was never closed" in detail
    assert 'st.button("Save", on_click=save' in detail
    assert findings(at) == []


def test_empty_input_asks_for_code():
    at = paste(open_lesson(SLUG), "   \n")
    assert "Paste some code" in at.main.info[0].value


def test_code_over_the_size_cap_is_refused_with_the_numbers(tmp_path):
    marker = tmp_path / "ran.txt"
    code = f"open({str(marker)!r}, 'w').write('ran')\n" + "#" * MAX_CHARS + "\n"
    at = paste(open_lesson(SLUG), code)
    assert not at.exception
    message = at.main.error[0].value
    assert f"{len(code):,} characters" in message and f"{MAX_CHARS:,}" in message
    assert findings(at) == []
    assert not marker.exists()


def test_pasted_code_is_parsed_never_executed(tmp_path):
    marker = tmp_path / "ran.txt"
    code = textwrap.dedent(
        f"""
        import streamlit as st
        open({str(marker)!r}, "w").write("ran")
        st.session_state.lint_total = 999
        raise SystemExit("this line would stop the app if it ran")
        """
    )
    at = paste(open_lesson(SLUG), code)
    assert not at.exception
    assert rules(at) == ["SS003"]
    assert not marker.exists()
    assert at.session_state.lint_total == 1  # the pasted assignment did not run either


def test_user_text_in_findings_is_shown_literally_never_as_markdown():
    code = 'import streamlit as st\nst.write(st.session_state["<b>**bold**</b>"])\n'
    at = paste(open_lesson(SLUG), code)
    [(_, _, rule, message)] = findings(at)
    assert rule == "SS004" and "'<b>**bold**</b>'" in message
    rendered = texts(at) + "\n".join(w.value for w in at.main.warning)
    assert "<b>" not in rendered and "**bold**" not in rendered


def test_the_result_survives_reruns_and_says_when_the_code_changed():
    at = paste(open_lesson(SLUG), DEMO)
    click(at, "Add one")  # any other rerun
    assert rules(at) == ["SS003", "SS005", "SS006"]
    at.text_area(key="lint_code").input(DEMO + "\n# edited\n").run()
    assert any("changed after this check" in c.value for c in at.main.caption)
    click(at, "Check the code")
    assert not any("changed after this check" in c.value for c in at.main.caption)


def test_the_rules_table_lists_every_rule_with_its_lesson():
    from state_lint import RULES

    at = open_lesson(SLUG)
    table = next(m.value for m in at.main.markdown if m.value.startswith("| Rule |"))
    assert re.findall(r"^\| (SS\d{3}) \|", table, flags=re.MULTILINE) == list(RULES)
    assert "| Initialize state safely |" in table


def test_search_finds_the_lesson_by_the_words_a_learner_uses():
    for words in ("lint", "linter", "state-lint", "pre-commit", "check", "static analysis"):
        assert SLUG in [lesson.slug for lesson in search_lessons(words)], words
