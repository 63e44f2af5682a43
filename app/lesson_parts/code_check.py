"""Check pasted code with state-lint and show the result: parsed only, never executed.

Everything the learner typed is shown literally (st.code, st.dataframe), never as Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from app.catalog import lesson_by_slug
from app.frame.lesson import lesson_link
from state_lint import RULES, Finding, ParseError, check_source
from state_lint.rules import default_rules

MAX_CHARS = 20_000
# The default rules and three that are off by default because they were often wrong on real
# apps; each finds a pitfall a lesson teaches, and pasted code is one file to read by eye.
TAUGHT_OFF_BY_DEFAULT = frozenset({"SS004", "SS010", "SS015"})
PAGE_RULES = default_rules() | TAUGHT_OFF_BY_DEFAULT


@dataclass(frozen=True)
class SyntaxProblem:
    line: int | None
    column: int | None
    message: str


@dataclass(frozen=True)
class CodeCheck:
    """The outcome of one check, kept in session state so it survives reruns."""

    code: str
    findings: tuple[Finding, ...] = ()
    empty: bool = False
    too_long: bool = False
    syntax: SyntaxProblem | None = None


def check_code(code: str) -> CodeCheck:
    """Lint `code` without running it; empty, too long or unparsable code gets no findings."""
    if not code.strip():
        return CodeCheck(code, empty=True)
    if len(code) > MAX_CHARS:
        return CodeCheck(code, too_long=True)
    try:
        findings = check_source(code, "pasted code", assume_st=True, select=PAGE_RULES)
    except ParseError as exc:
        return CodeCheck(code, syntax=SyntaxProblem(exc.line, exc.column, exc.message))
    return CodeCheck(code, tuple(findings))


def findings_text(findings: tuple[Finding, ...]) -> str:
    """One paragraph per finding, as plain text: position, rule, message."""
    width = max(len(f"{f.line}:{f.column}") for f in findings)
    return "\n\n".join(
        f"line {f'{f.line}:{f.column}':<{width}}  {f.rule}  {f.message}" for f in findings
    )


def _lesson_title(slug: str) -> str:
    lesson = lesson_by_slug(slug)
    return lesson.title if lesson else slug


def _where(problem: SyntaxProblem, code: str) -> str:
    """The syntax error as plain text: position, message, the line and a caret under it."""
    if problem.line is None:
        return problem.message
    text = f"Line {problem.line}"
    if problem.column is not None:
        text += f", column {problem.column}"
    text += f": {problem.message}"
    lines = code.splitlines()
    if 1 <= problem.line <= len(lines):
        source_line = lines[problem.line - 1]
        text += f"\n\n{source_line}"
        if problem.column is not None:
            text += "\n" + " " * (problem.column - 1) + "^"
    return text


def show_code_check(result: CodeCheck, current_code: str) -> None:
    """The findings with links to the lessons, or why the code was not checked."""
    if result.code != current_code:
        st.caption(
            ":material/edit: The code changed after this check: press **Check the code** again."
        )
    if result.empty:
        st.info("Paste some code into the box first.", icon=":material/content_paste:")
        return
    if result.too_long:
        st.error(
            f"That is {len(result.code):,} characters; this page checks up to {MAX_CHARS:,}. "
            "Paste one file at a time, or run `state-lint` on your machine.",
            icon=":material/block:",
        )
        return
    if result.syntax is not None:
        st.error(
            "This code cannot be parsed, so nothing was checked. Fix the syntax error and check "
            "again.",
            icon=":material/error:",
        )
        st.code(_where(result.syntax, result.code), language=None)
        return
    if not result.findings:
        st.success(
            f"No findings: none of the {len(PAGE_RULES)} rules this page runs matched this code.",
            icon=":material/check_circle:",
        )
        return
    count = len(result.findings)
    st.warning(
        f"{count} finding{'s' if count != 1 else ''}. Each one names the lesson that explains it.",
        icon=":material/warning:",
    )
    st.code(findings_text(result.findings), language=None, wrap_lines=True)
    st.markdown("**Read more**")
    for slug in dict.fromkeys(RULES[f.rule].lesson for f in result.findings):
        rules = dict.fromkeys(f.rule for f in result.findings if RULES[f.rule].lesson == slug)
        lesson_link(slug, label=f"{', '.join(rules)}: {_lesson_title(slug)}")


def rules_markdown() -> str:
    """Every rule, what it finds and the lesson that explains it, as a Markdown table (the text
    is this project's own, never the learner's)."""
    rows = [
        f"| {r.id} | {r.summary} | {_lesson_title(r.lesson)} | {'on' if r.default else 'off'} |"
        for r in RULES.values()
    ]
    header = "| Rule | Finds | Lesson | Command line |"
    return "\n".join([header, "|---|---|---|---|", *rows])
