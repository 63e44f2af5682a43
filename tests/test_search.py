"""Search ranks lessons by where the words are, and the landing page shows the best first.

The everyday queries are what learners type; each names the lesson that must come first or
second.
"""

from __future__ import annotations

import pytest
from conftest import HOME, TIMEOUT, lesson
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS
from app.catalog.search import rank, search_lessons, search_words

EVERYDAY = [
    ("login", "login"),
    ("reset", "widget-identity"),
    ("lost after reload", "reload"),
    ("session state lost after refresh", "reload"),
    ("KeyError", "initialize"),
    ("KeyError", "errors"),
    ("pages", "multipage"),
    ("keep value between pages", "multipage"),
    ("download", "errors"),
    ("st.session_state", "reference"),
    ("counter", "quick-start"),
    ("callback", "callbacks"),
    ("my widget value resets", "widget-identity"),
    ("value one click behind", "troubleshooting"),
    ("clear form after submit", "forms"),
    ("background job", "threads"),
    ("cancel", "threads"),
    ("chat history", "chat"),
    ("modal popup", "dialogs"),
    ("upload", "uploads"),
    ("cache", "cache-vs-state"),
    ("shared between users", "shared-state"),
    ("undo edits", "working-data"),
    ("pickle", "serializable"),
    ("database", "durable-state"),
    ("tab remembers", "containers"),
    ("AppTest", "testing"),
    ("lint", "check-your-code"),
    ("logout", "login"),
]


@pytest.mark.parametrize(("query", "slug"), EVERYDAY, ids=[q for q, _ in EVERYDAY])
def test_everyday_query_puts_its_lesson_first_or_second(query, slug):
    top = [found.slug for found in search_lessons(query)[:2]]
    assert slug in top, (query, top)


def test_login_finds_the_login_lesson_first_then_the_sign_in_demo():
    assert [found.slug for found in search_lessons("login")[:2]] == ["login", "testing"]


def test_title_outranks_summary_outranks_prose():
    # "Persisting state across pages" is multipage's title; "pages" is only in others' prose.
    scores = {hit.lesson.slug: hit.score for hit in rank("pages")}
    assert scores["multipage"] > scores["troubleshooting"] > scores["check-your-code"]


def test_a_lesson_with_more_of_the_words_comes_first():
    hits = rank("lost after reload")
    assert hits[0].lesson.slug == "reload"
    assert hits[0].words_found == 2 >= max(hit.words_found for hit in hits[1:])


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("st.session_state", ["session_state"]),
        ("lost after reload", ["lost", "reload"]),
        ("Pages", ["page"]),
        ("session state", ["session", "state"]),  # only small words: they are searched
        ("  ", []),
    ],
)
def test_query_words(query, words):
    assert search_words(query) == words


def open_home() -> AppTest:
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    assert not at.exception
    return at


def cards(block) -> list[str]:  # noqa: ANN001 (an AppTest block)
    """The titles of the lesson cards in a block, in order."""
    return [
        node.label
        for card in block
        if str(getattr(card, "key", "")).startswith("_card_")
        for node in card
        if getattr(node, "type", None) == "page_link"
    ]


def search(query: str) -> AppTest:
    at = open_home()
    at.text_input(key="_search_patterns").input(query).run()
    assert not at.exception
    return at


def test_page_shows_the_best_five_then_the_rest_folded():
    at = search("st.session_state")
    ranked = [found.title for found in search_lessons("st.session_state")]
    assert len(ranked) == len(LESSONS)
    more = at.main.expander[0]
    assert more.label == f"Show all {len(ranked)} matches"
    assert cards(more) == ranked[5:]
    assert cards(at.main) == ranked
    assert f"{len(ranked)} of {len(LESSONS)} lessons match, best first." in [
        caption.value for caption in at.main.caption
    ]


def test_each_result_shows_the_line_that_matched():
    at = search("testing_sign_in")
    assert cards(at.main) == [lesson("testing").title]
    assert ":material/search: Keyword: testing_sign_in" in [c.value for c in at.main.caption]
    at = search("lost after reload")
    assert cards(at.main)[0] == lesson("reload").title


def test_results_come_right_under_the_box_and_the_picture_gives_way():
    at = open_home()
    assert [md for md in at.main.markdown if "flowchart" in md.value]
    at.text_input(key="_search_patterns").input("login").run()
    assert not [md for md in at.main.markdown if "flowchart" in md.value]


def test_a_few_matches_show_without_the_expander():
    at = search("login")
    assert cards(at.main) == [lesson("login").title, lesson("testing").title]
    assert not at.main.expander


@pytest.mark.parametrize("query", ["<script>alert(1)</script>", "**login** [x](http://e.x)"])
def test_the_query_is_never_rendered(query):
    at = search(query)
    shown = [str(e.value) for kind in ("markdown", "caption", "info") for e in at.main.get(kind)]
    pieces = ("<script>", "alert(1)", "**login**", "http://e.x")
    assert not [text for text in shown if any(piece in text for piece in pieces)]
    # The query stays in its box, as typed.
    assert at.text_input(key="_search_patterns").value == query
