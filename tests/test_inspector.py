"""The sidebar state inspector: the lesson's keys, changes marked, `_` keys hidden, reset."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import TIMEOUT, lesson, open_lesson
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS
from app.frame.inspector import (
    FOLD_AFTER,
    VALUE_INDENT,
    changed_keys,
    fingerprint,
    parse_views,
    preview,
)


def inspector_text(at) -> str:
    """Every key the inspector lists: the demo in use, then those folded under "N more keys"."""
    return "\n".join(code.value for code in at.sidebar.code)


def in_view(at) -> list[str]:
    """The keys listed above the fold (the first code block)."""
    code = at.sidebar.code
    return list(parse_views(code[0].value)) if code else []


def inspector_lines(at) -> dict[str, str]:
    return parse_views(inspector_text(at))


def test_inspector_lists_the_lesson_keys_with_type_and_value():
    at = open_lesson("quick-start")
    text = inspector_text(at)
    assert f"● count (int)\n{VALUE_INDENT}0" in text
    for _ in range(3):
        at.main.button[0].click().run()
    assert inspector_lines(at)["count"] == "3"


def test_inspector_marks_only_the_keys_changed_in_the_last_rerun():
    at = open_lesson("quick-start")
    at.main.button[0].click().run()
    assert "count" in changed_keys(inspector_text(at))
    at.run()  # a rerun with no interaction changes nothing
    assert changed_keys(inspector_text(at)) == set()


def test_inspector_hides_buttons_by_what_they_are():
    # cache-vs-state keys its buttons: they are in session state but are not values to watch.
    at = open_lesson("cache-vs-state")
    buttons = {b.key for b in at.main.button if b.key in lesson("cache-vs-state").keys}
    assert buttons and buttons <= set(at.session_state)
    assert not buttons & set(inspector_lines(at))
    assert "cache_region" in inspector_lines(at)
    # The legend says so in words (a lone `_` in a code chip read as a blank box).
    legend = at.sidebar.markdown[0].value
    assert "buttons and keys starting with _ not listed" in legend
    assert "`_`" not in legend


def test_inspector_keeps_whitespace_of_strings():
    at = open_lesson("callbacks")
    at.text_input(key="name").set_value("  Ada  ").run()
    assert inspector_lines(at)["name"] == "'  Ada  '"


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
    assert "page_size" not in at.session_state and at.session_state["count"] == 9
    at.run()  # the run the browser asks for after the reset's note (tests/test_reset.py)
    # The page ran again after the reset, so the keys are back at their defaults.
    assert at.session_state["page_size"] == 25
    assert at.session_state["count"] == 9
    assert {k for k in at.session_state if k.startswith("_timeline")} == internal_before
    assert at.number_input(key="page_size").value == 25


def _inspector_only_app(slug: str) -> None:
    from app.catalog import lesson_by_slug
    from app.frame.inspector import inspector_for_demos, state_inspector

    with inspector_for_demos() as readout:
        state_inspector(lesson_by_slug(slug), readout)


@pytest.mark.parametrize("slug", [lesson.slug for lesson in LESSONS])
def test_reset_deletes_exactly_the_keys_of_each_lesson(slug):
    # The inspector alone (no page re-creating keys), so the deletion itself is visible.
    at = AppTest.from_function(_inspector_only_app, args=(slug,), default_timeout=TIMEOUT)
    for key in lesson(slug).keys:
        at.session_state[key] = f"value of {key}"
    at.session_state["not_a_lesson_key"] = 1
    at.session_state["_internal"] = 2
    at.run()
    # Set by hand, not by widgets, so every key is a value key here.
    assert set(inspector_lines(at)) == set(lesson(slug).keys)
    at.sidebar.button(key="_reset_lesson").click().run()
    kept = lesson(slug).session_keys
    assert [key for key in lesson(slug).keys if key in at.session_state] == list(kept)
    assert at.session_state["not_a_lesson_key"] == 1 and at.session_state["_internal"] == 2
    assert set(inspector_lines(at)) == set(kept)
    if not kept:
        assert "None of this lesson's keys" in at.sidebar.markdown[0].value


def test_preview_is_exact_short_and_says_what_tables_and_uploads_are():
    assert preview("x" * 500).endswith("…") and len(preview("x" * 500)) == 120
    assert preview("  two  spaces ") == "'  two  spaces '"
    assert preview("a\nb") == "'a\\nb'"
    frame = pd.DataFrame({"month": ["2026-01"] * 3, "units": [1, 2, 3]})
    assert preview(frame) == "3 rows × 2 columns: month, units"
    assert preview([frame, frame]) == "[DataFrame(3×2), DataFrame(3×2)]"


def test_every_preview_is_one_line_so_the_inspector_reads_back():
    """A dict of uploaded tables (uploads lesson) once put a DataFrame's rows on their own
    lines, which broke the two-lines-per-key listing."""
    frame = pd.DataFrame({"region": ["EMEA", "APAC"], "sales": [10, 20]})
    assert preview({"sales.csv": frame}) == "{'sales.csv': DataFrame(2×2)}"
    grid = pd.Series([1, 2]).to_numpy().reshape(2, 1)
    shown = preview({"grid": grid, "text": "a\nb"})
    assert "\n" not in shown and "'a\\nb'" in shown
    from app.frame.inspector import KeyView, format_views

    views = [KeyView("upl_loaded", "dict", preview({"s.csv": frame}), True)]
    assert parse_views(format_views(views)) == {"upl_loaded": "{'s.csv': DataFrame(2×2)}"}


def test_preview_of_an_upload_is_its_name_and_size():
    from streamlit.runtime.uploaded_file_manager import UploadedFile, UploadedFileRec

    upload = UploadedFile(UploadedFileRec("id1", "people.csv", "text/csv", b"a,b\n1,2\n"), None)
    assert preview(upload) == "UploadedFile('people.csv', 8 B)"


def test_parse_views_reads_back_what_format_views_writes():
    from app.frame.inspector import KeyView, format_views

    views = [KeyView("a", "str", "'  x '", True), KeyView("b", "int", "3", False)]
    assert parse_views(format_views(views)) == {"a": "'  x '", "b": "3"}
    assert changed_keys(format_views(views)) == {"a"}


@pytest.mark.usefixtures("no_word_delay")  # the reply streams word by word
def test_a_list_grown_in_place_is_marked_changed_and_shows_its_newest_turn():
    # A history longer than the preview: its first 120 characters stay the same as it grows.
    at = open_lesson("chat")
    history = [{"role": "user", "content": f"question {i}"} for i in range(8)]
    at.session_state["messages"] = history
    at.run()
    at.run()
    assert "messages" not in changed_keys(inspector_text(at))
    at.chat_input(key="chat_prompt").set_value("the newest question").run()
    assert not at.exception
    assert at.session_state["messages"] is history  # appended in place, same object
    assert "messages" in changed_keys(inspector_text(at))
    shown = inspector_lines(at)["messages"]
    assert shown.startswith("[… ") and " earlier, " in shown
    # The newest two items: the question, then the start of its reply.
    assert "'content': 'the newest question'}, {'role': 'assistant'" in shown
    assert shown.endswith("…]")


def test_preview_of_a_long_list_shows_its_newest_items_last():
    assert preview(list(range(100))).startswith("[… ")
    assert preview(list(range(100))).endswith(", 98, 99]")
    assert len(preview(list(range(100)))) <= 120
    assert preview(["x" * 300]).endswith("…]") and len(preview(["x" * 300])) <= 120
    assert preview([1, 2, 3]) == "[1, 2, 3]"  # short lists whole


def test_fingerprint_sees_changes_in_place_and_of_unpicklable_values():
    import threading

    values = [1, 2]
    before = fingerprint(values)
    values.append(3)
    assert fingerprint(values) != before
    assert fingerprint([1, 2, 3]) == fingerprint([1, 2, 3])  # equal values, equal prints
    lock = threading.Lock()
    held = [lock]
    before = fingerprint(held)  # a lock refuses pickle: the full repr is used
    held.append("new")
    assert fingerprint(held) != before


def test_many_keys_show_the_demo_in_use_first_and_fold_the_rest():
    at = open_lesson("testing")
    listed = set(inspector_lines(at))
    assert len(listed) > FOLD_AFTER
    # First visit: the first demo's key (the small counter), the others under "N more keys".
    assert set(in_view(at)) == {"testing_clicks"}
    folded = at.sidebar.expander[0]
    assert folded.label == f"{len(listed) - len(in_view(at))} more keys"
    assert set(parse_views(folded.code[0].value)) == listed - set(in_view(at))
    # Typing into the sign-in demo brings its keys up; a rerun without a change keeps them.
    at.text_input(key="testing_name").set_value("Ada").run()
    assert "testing_name" in in_view(at) and "testing_cart" not in in_view(at)
    at.run()
    assert "testing_name" in in_view(at)


def test_few_keys_are_all_in_view():
    at = open_lesson("quick-start")
    assert not at.sidebar.expander
    assert set(in_view(at)) == set(inspector_lines(at))


def test_keys_no_snippet_names_literally_stay_in_view():
    # The panel builds its switches' keys as f"wid_{name}": no snippet names "wid_label".
    at = open_lesson("widget-identity")
    assert {"wid_label", "wid_max"} <= set(in_view(at))
    assert "wid_discount_on" in inspector_lines(at)
    assert "wid_discount_on" not in in_view(at)  # the other demo's keys are folded
