"""The sidebar state inspector: the lesson's keys, changes marked, `_` keys hidden, reset."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import TIMEOUT, lesson, open_lesson
from streamlit.testing.v1 import AppTest

from components.catalog import LESSONS
from components.inspector import digest, preview


def inspector_lines(at) -> dict[str, str]:
    code = at.sidebar.code
    if not code:
        return {}
    lines = {}
    for line in code[0].value.splitlines():
        key = line[2:].split()[0]
        lines[key] = line
    return lines


def test_inspector_lists_the_lesson_keys_with_type_and_value():
    at = open_lesson("quick-start")
    lines = inspector_lines(at)
    assert set(lines) == {"count", "naive_increment", "count_cb"}
    assert lines["count"].split() == ["●", "count", "(int)", "=", "0"]
    for _ in range(3):
        at.main.button[0].click().run()
    assert inspector_lines(at)["count"].split()[-1] == "3"


def test_inspector_marks_only_the_keys_changed_in_the_last_rerun():
    at = open_lesson("quick-start")
    at.main.button[0].click().run()
    lines = inspector_lines(at)
    assert lines["count"].startswith("●")
    at.run()  # a rerun with no interaction changes nothing
    lines = inspector_lines(at)
    assert not lines["count"].startswith("●")
    assert not lines["naive_increment"].startswith("●")


def test_inspector_hides_internal_keys_and_other_lessons_keys():
    at = open_lesson("callbacks")
    at.session_state["count"] = 5  # another lesson's key
    at.run()
    keys = set(inspector_lines(at))
    assert keys == set(lesson("callbacks").keys)
    assert any(k.startswith("_") for k in at.session_state)  # they exist, but are not shown
    assert not any(k.startswith("_") for k in keys)


def test_reset_deletes_exactly_the_lesson_keys():
    at = open_lesson("initialize")
    at.session_state["count"] = 9  # owned by quick-start: must survive
    at.number_input(key="page_size").set_value(50).run()
    assert at.session_state["page_size"] == 50
    internal_before = {k for k in at.session_state if k.startswith("_timeline")}
    at.sidebar.button(key="_reset_lesson").click().run()
    # The page ran again after the reset, so the keys are back at their defaults.
    assert at.session_state["page_size"] == 25
    assert at.session_state["count"] == 9
    assert {k for k in at.session_state if k.startswith("_timeline")} == internal_before
    assert at.number_input(key="page_size").value == 25


def _inspector_only_app(slug: str) -> None:
    from components.catalog import lesson_by_slug
    from components.inspector import state_inspector

    state_inspector(lesson_by_slug(slug))


@pytest.mark.parametrize("slug", [lesson.slug for lesson in LESSONS])
def test_reset_deletes_exactly_the_keys_of_each_lesson(slug):
    # The inspector alone (no page re-creating keys), so the deletion itself is visible.
    at = AppTest.from_function(_inspector_only_app, args=(slug,), default_timeout=TIMEOUT)
    for key in lesson(slug).keys:
        at.session_state[key] = f"value of {key}"
    at.session_state["not_a_lesson_key"] = 1
    at.session_state["_internal"] = 2
    at.run()
    assert set(inspector_lines(at)) == set(lesson(slug).keys)
    at.sidebar.button(key="_reset_lesson").click().run()
    assert not any(key in at.session_state for key in lesson(slug).keys)
    assert at.session_state["not_a_lesson_key"] == 1 and at.session_state["_internal"] == 2
    assert inspector_lines(at) == {}
    assert "None of this lesson's keys" in at.sidebar.caption[0].value


def test_preview_is_short_and_shows_dataframe_shape():
    assert preview("x" * 500).endswith("…") and len(preview("x" * 500)) == 40
    assert preview(pd.DataFrame({"a": [1, 2, 3]})) == "shape (3, 1)"
    assert preview("a\nb") == "'a\\nb'"


def test_digest_changes_with_value_and_handles_unpicklable():
    assert digest([1, 2]) == digest([1, 2]) != digest([1, 3])
    assert digest(lambda: 1)  # falls back to repr instead of failing
