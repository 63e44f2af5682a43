"""Typed text is never rendered as Markdown: on every lesson, the payload goes into every text
input, the buttons that store it are pressed, and wherever it shows up (main area or sidebar) it
is in an element that shows text as it is (`st.text`, `st.code`, `st.json`, a table cell, the
input itself). tests/e2e/test_user_text.py types the same payload in a browser on one lesson for
each of those kinds of element, and on the fragments lesson, which AppTest cannot click."""

from __future__ import annotations

import ast
import re

import pytest
from conftest import ROOT, open_lesson
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

from app.catalog import LESSONS

# A Markdown image (the browser would request it), a bare link (autolinked) and maths.
PAYLOAD = "![i](http://127.0.0.1:9/x.png) https://evil.example $x^2$"
FRAGMENTS = ("127.0.0.1:9", "evil.example", "x^2")
# The kinds of element that show text as it is, each with the lesson on which the browser test
# sees the payload in one (every one of them is in its BROWSER_LESSONS).
LITERAL_KINDS = {
    "text": "widget-keys",
    "code": "what-survives",
    "json": "durable-state",
    "dataframe": "troubleshooting",
    "text_input": "multipage",
}
# Buttons that store what was typed: submit buttons and the lessons' save/add buttons.
STORES = re.compile(r"^(Save|Add|Subscribe)\b")


def rendered_as_markdown(at) -> list[str]:
    """Everything in the main area that Streamlit renders as Markdown."""
    kinds = ("markdown", "caption", "title", "header", "subheader")
    kinds += ("error", "warning", "info", "success", "toast")
    return [str(element.value) for kind in kinds for element in getattr(at.main, kind)]


def kinds_showing_the_payload(at: AppTest) -> set[str]:
    """The element kinds, anywhere on the page (main area and sidebar), whose content holds a
    piece of the payload: labels, options, values and bodies alike."""
    found: set[str] = set()

    def walk(node) -> None:  # noqa: ANN001 (an element or a block of AppTest's tree)
        proto = getattr(node, "proto", None)
        if proto is not None and any(fragment in str(proto) for fragment in FRAGMENTS):
            found.add(str(node.type))
        if isinstance(node, Block):
            for child in node.children.values():
                walk(child)

    walk(at._tree)
    return found


def shown_literally(at) -> list[str]:
    return [element.value for element in (*at.main.text, *at.main.code)]


def fill(at) -> int:
    """Put the payload into every enabled text input and text area; return how many."""
    fields = [f for f in (*at.main.text_input, *at.main.text_area) if not f.disabled]
    for field in fields:
        field.set_value(PAYLOAD)
    return len(fields)


def type_everywhere(at) -> int:
    """Fill every input and commit it, then, for each button that stores typed text, fill
    again (a form sends its values with its submit) and press it. Returns the inputs filled."""
    filled = fill(at)
    at.run()
    for label in sorted({b.label for b in at.main.button if STORES.match(b.label)}):
        fill(at)
        for button in [b for b in at.main.button if b.label == label and not b.disabled]:
            button.click()
        at.run()
    return filled


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_typed_text_is_never_rendered_as_markdown(lesson):
    if lesson.slug == "fragments":
        # AppTest runs the whole script for a click inside a fragment, where the snippet's
        # st.rerun(scope="fragment") raises; the browser runs it as a fragment rerun.
        pytest.skip("AppTest cannot click inside a fragment as a fragment rerun")
    at = open_lesson(lesson.slug)
    filled = type_everywhere(at)
    assert not at.exception, [e.value for e in at.exception]
    for text in rendered_as_markdown(at):
        assert not any(fragment in text for fragment in FRAGMENTS), (lesson.slug, text)
    shown = kinds_showing_the_payload(at)
    assert shown <= set(LITERAL_KINDS), (lesson.slug, shown)
    # The browser test's lesson for a kind really shows the payload in one.
    assert {k for k, slug in LITERAL_KINDS.items() if slug == lesson.slug} <= shown, shown
    if filled:  # the payload really went somewhere: into a key, or onto the page as text
        # The start of it: an input with max_chars keeps only the first characters.
        start = PAYLOAD[:20]
        present = [k for k in lesson.keys if k in at.session_state]
        in_state = [k for k in present if start in str(at.session_state[k])]
        assert in_state or any(start in text for text in shown_literally(at)), lesson.slug


def test_the_lessons_that_show_typed_text_show_it_literally():
    # Where a lesson shows back what was typed, it is there as plain text.
    shown_back = {
        "widget-keys": PAYLOAD,
        "callbacks": f"Saved: {PAYLOAD}",
        "forms": f"Saved email: {PAYLOAD}",
        "errors": f"Subscribed: {PAYLOAD}",
        "multipage": f"Kept nickname: {PAYLOAD}",
        "cache-vs-state": PAYLOAD,
    }
    for slug, expected in shown_back.items():
        at = open_lesson(slug)
        type_everywhere(at)
        assert expected in shown_literally(at), slug


def test_each_literal_kind_has_its_browser_lesson():
    # The browser test types on these lessons; each kind above must be seen there.
    source = (ROOT / "tests" / "e2e" / "test_user_text.py").read_text(encoding="utf-8")
    assignment = next(
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "BROWSER_LESSONS" for t in node.targets)
    )
    assert set(LITERAL_KINDS.values()) <= set(ast.literal_eval(assignment.value))
