"""Moving between lessons with the navigation menu, in one session."""

from __future__ import annotations

import ast

import pytest
from playwright.sync_api import expect

from app.catalog import Lesson

from .learner import expect_count, increment
from .streamlit_page import StreamlitPage, catalog_lesson, lesson_or_skip

QUICK_START = catalog_lesson("quick-start")
WIDGET_KEYS = catalog_lesson("widget-keys")


def round_trip(app: StreamlitPage, lesson: Lesson, via: Lesson) -> None:
    """Menu to `via`, then menu back to `lesson`: the same session throughout."""
    app.go_to_page_in_menu(via)
    app.expect_lesson_frame(via)
    app.go_to_page_in_menu(lesson)
    app.expect_lesson_frame(lesson)


def test_plain_state_survives_a_trip_to_another_lesson(app):
    app.open_lesson(QUICK_START)
    increment(app, 2)
    round_trip(app, QUICK_START, via=WIDGET_KEYS)
    expect_count(app, 2)
    app.expect_inspector("count", "2")
    app.assert_clean()


def test_a_keyed_widgets_value_is_dropped_when_its_page_is_left(app):
    # widget-keys says so in its pitfalls: the widget is not drawn on the other page, so
    # Streamlit cleans its key up, and the input is empty again on the way back.
    app.open_lesson(WIDGET_KEYS)
    project = app.main.get_by_label("Project name")
    app.enter_text(project, "Apollo")
    app.expect_inspector("project_name", "'Apollo'")
    round_trip(app, WIDGET_KEYS, via=QUICK_START)
    expect(app.main.get_by_label("Project name")).to_have_value("")
    app.expect_inspector("project_name", "''")
    app.assert_clean()


def persisted_text_inputs(lesson: Lesson) -> list[tuple[str, str]]:
    """(label, key) of every `st.text_input(..., persist_state="session")` in the lesson's
    snippets: the fix the multipage lesson teaches, read from the code it shows."""
    found = []
    for snippet in lesson.snippets:
        for node in ast.walk(ast.parse(snippet.path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("text_input", "text_area")
            ):
                continue
            kwargs = {kw.arg: kw.value for kw in node.keywords}
            persist, key = kwargs.get("persist_state"), kwargs.get("key")
            if (
                isinstance(persist, ast.Constant)
                and persist.value == "session"
                and isinstance(key, ast.Constant)
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append((node.args[0].value, key.value))
    return found


def test_multipage_persist_state_keeps_widget_values_across_pages(app):
    lesson = lesson_or_skip("multipage")
    inputs = persisted_text_inputs(lesson)
    if not inputs:
        pytest.fail("multipage has no text input with persist_state='session' to check")
    app.open_lesson(lesson)
    for label, key in inputs:
        # Streamlit gives a keyed element the class st-key-<key>: the label alone may repeat.
        field = app.main.locator(f".st-key-{key}").get_by_label(label)
        app.enter_text(field, f"kept {key}")
    round_trip(app, lesson, via=QUICK_START)
    for label, key in inputs:
        field = app.main.locator(f".st-key-{key}").get_by_label(label)
        expect(field).to_have_value(f"kept {key}")
        app.expect_inspector(key, repr(f"kept {key}"))
    app.assert_clean()
