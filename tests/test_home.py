"""Landing page: the rerun picture and the search over lesson cards."""

from __future__ import annotations

import pytest
from conftest import HOME, TIMEOUT, lesson
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS
from app.catalog.search import search_lessons


def open_home() -> AppTest:
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    assert not at.exception
    return at


def card_links(at: AppTest) -> list:
    """The page links of the lesson cards (not the "Start here" link above them)."""
    return [
        node
        for card in at.main
        if getattr(card, "key", None) and str(card.key).startswith("_card_")
        for node in card
        if getattr(node, "type", None) == "page_link"
    ]


def card_titles(at: AppTest) -> list[str]:
    return [link.label for link in card_links(at)]


def test_landing_page_shows_rerun_cycle_and_every_lesson_card():
    at = open_home()
    # st.mermaid_chart travels as a markdown element holding the diagram source.
    diagram = next(md.value for md in at.main.markdown if "flowchart" in md.value)
    for step in ("Callbacks run", "Script reruns", "st.session_state"):
        assert step in diagram
    assert card_titles(at) == [lesson.title for lesson in LESSONS]
    assert at.text_input(key="_search_patterns").label == "Search patterns"


def test_cards_link_to_their_lessons():
    at = open_home()
    links = {link.label: link.proto.page for link in card_links(at)}
    assert links == {lesson.title: lesson.url_path for lesson in LESSONS}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("counter", ["quick-start"]),
        ("setdefault", ["initialize"]),
        ("ON_CHANGE", ["callbacks"]),  # tags, case-insensitive
        ("selectbox", ["widget-keys"]),  # matched through tags only
        ("callback", ["callbacks"]),
        ("global", ["shared-state"]),
        ("shared", ["shared-state"]),
        ("thread", ["threads"]),
        ("background", ["threads"]),
    ],
)
def test_search_filters_cards_by_title_summary_and_tags(query, expected):
    at = open_home()
    at.text_input(key="_search_patterns").input(query).run()
    titles = card_titles(at)
    found = search_lessons(query)
    # The page shows exactly what search finds, and the lesson about it is among them.
    assert titles == [lesson.title for lesson in found]
    assert set(expected) <= {lesson.slug for lesson in found}


def test_search_for_wizard_shows_only_the_wizard_card():
    at = open_home()
    at.text_input(key="_search_patterns").input("wizard").run()
    assert card_titles(at) == ["Multi-step wizard"]


def test_search_with_no_match_says_so_and_clearing_brings_all_back():
    at = open_home()
    at.text_input(key="_search_patterns").input("zzz-no-such-thing").run()
    assert card_titles(at) == []
    assert "No lesson matches" in at.main.info[0].value
    at.text_input(key="_search_patterns").input("").run()
    assert len(card_titles(at)) == len(LESSONS)


def test_search_text_with_markup_is_harmless():
    at = open_home()
    at.text_input(key="_search_patterns").input("<script>alert(1)</script>").run()
    assert not at.exception
    assert card_titles(at) == []


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("session_state", "quick-start"),
        ("st.session_state", "quick-start"),
        ("ST.SESSION_STATE", "quick-start"),
        ("setdefault", "initialize"),
        ("st.setdefault", "initialize"),
        ("on_click", "callbacks"),
        ("bind", "filters"),
        ("persist_state", "toggle"),
        ("delete", "too-much-data"),
        ("Start over", "wizard"),
        ("submitted_name", "callbacks"),
    ],
)
def test_search_finds_api_names_and_keys_used_in_snippets(query, slug):
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    at.text_input(key="_search_patterns").input(query).run()
    titles = [link.label for link in at.main.get("page_link")]
    assert lesson(slug).title in titles, (query, titles)
