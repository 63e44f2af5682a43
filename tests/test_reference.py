"""The one-page reference: every example it shows runs on the pinned Streamlit and does what
its sentence says, every row links to a lesson, and search finds it by each API name."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest
from conftest import HOME, TIMEOUT, exception_type, open_lesson
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS, lesson_by_slug
from app.catalog.reference import ENTRIES, TABLES, Entry
from app.catalog.search import search_lessons

SLUG = "reference"
CHECK_KEY = "_reference_check"


def script(entry: Entry, *, with_example: bool = True) -> str:
    """The row as an app: setup, the example (under its condition), then, and the check's
    result stored where the test can read it."""
    example = entry.example if with_example else "pass"
    if entry.when:
        example = f"if {entry.when}:\n    {example}"
    check = f"st.session_state[{CHECK_KEY!r}] = bool({entry.check})" if entry.check else ""
    return "\n".join(("import streamlit as st", entry.setup, example, entry.then, check))


def run(entry: Entry, *, with_example: bool = True) -> AppTest:
    at = AppTest.from_string(script(entry, with_example=with_example), default_timeout=TIMEOUT)
    for name, value in parse_qsl(entry.url):
        at.query_params[name] = value
    at.run()
    if entry.act:
        exec(entry.act, {"at": at})  # the row's AppTest steps, e.g. a click
        at.run()
    return at


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.api)
def test_every_example_runs_and_does_what_its_sentence_says(entry):
    at = run(entry)
    if entry.raises:
        assert exception_type(at) == entry.raises, [e.value for e in at.exception]
        return
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state[CHECK_KEY] is True, entry.check


@pytest.mark.parametrize(
    "entry", [entry for entry in ENTRIES if entry.check], ids=lambda entry: entry.api
)
def test_without_the_example_its_check_fails(entry):
    """The check proves the example: without it, the check is false or cannot be made."""
    try:
        at = run(entry, with_example=False)
    except (IndexError, KeyError):  # AppTest finds no widget for the row's steps to use
        return
    assert at.exception or at.session_state[CHECK_KEY] is False


def test_without_persist_state_a_hidden_widget_loses_its_value():
    """The control of the persist_state row: the same steps, the option left out."""
    entry = next(entry for entry in ENTRIES if entry.api.startswith("persist_state"))
    plain = Entry(**{**entry.__dict__, "example": 'st.text_input("Note", key="note")'})
    at = run(plain)
    assert not at.exception
    assert at.session_state[CHECK_KEY] is False


def test_every_row_is_one_line_and_names_a_lesson():
    for entry in ENTRIES:
        assert "\n" not in entry.example and len(entry.example) <= 70, entry.api
        assert entry.says.count(". ") == 0 and entry.says.endswith("."), entry.api
        assert lesson_by_slug(entry.lesson) is not None, entry.lesson
        assert entry.check or entry.raises, f"{entry.api}: nothing proves it"


def test_the_page_shows_every_row_and_links_to_each_rows_lesson():
    at = open_lesson(SLUG)
    assert not at.exception
    shown = "\n".join(md.value for md in at.main.markdown)
    links = {link.label: link.proto.page for link in at.main.get("page_link")}
    for title, entries in TABLES:
        assert f"## {title}" in shown
        for entry in entries:
            assert f"`{entry.example}`" in shown, entry.example
            assert entry.says in shown, entry.says
            if entry.lesson == SLUG:  # shown live by this page's own demo
                assert f"| {entry.says} | this page |" in shown, entry.api
                continue
            assert f"| {entry.says} | /{entry.lesson} |" in shown, entry.api
            lesson = lesson_by_slug(entry.lesson)
            assert links[lesson.title] == lesson.url_path, entry.api


@pytest.mark.parametrize(
    "query",
    [
        "session_state",
        "st.session_state.get",
        "setdefault",
        "del",
        "pop",
        "clear",
        "to_dict",
        "iteration",
        "key",
        "on_change",
        "on_click",
        "args",
        "kwargs",
        "persist_state",
        'bind="query-params"',
        'scope="session"',
        "st.query_params",
        "st.context",
        "KeyError",
        "AttributeError",
        *(entry.api for entry in ENTRIES if entry.raises),
    ],
)
def test_search_finds_the_reference_by_each_api_name(query):
    assert SLUG in [lesson.slug for lesson in search_lessons(query)], query


def test_a_key_named_like_a_method_is_reached_only_by_item_access():
    """The page's first pitfall: `st.session_state.get` stays the method."""
    at = AppTest.from_string(
        "import streamlit as st\n"
        'st.session_state["get"] = 1\n'
        "st.session_state.method = callable(st.session_state.get)\n"
        'st.session_state.item = st.session_state["get"]\n',
        default_timeout=TIMEOUT,
    ).run()
    assert not at.exception
    assert at.session_state["method"] is True and at.session_state["item"] == 1


def test_the_page_says_both_pitfalls():
    at = open_lesson(SLUG)
    shown = "\n".join(md.value for md in at.main.markdown)
    assert 'use `st.session_state["get"]`' in shown
    assert "`pop` its own keys" in shown


def test_search_on_the_home_page_shows_the_reference_card():
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    at.text_input(key="_search_patterns").input("to_dict").run()
    labels = [link.label for link in at.main.get("page_link")]
    assert lesson_by_slug(SLUG).title in labels


def test_the_reference_is_last_in_the_catalog_in_its_own_section():
    assert LESSONS[-1].slug == SLUG and LESSONS[-1].section == "Reference"
