"""The landing page's search filters the lesson cards as the learner types."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, expect

from app.catalog import LESSONS, Lesson
from app.catalog.search import search_lessons

from .streamlit_page import StreamlitPage


def titles(lessons: list[Lesson] | tuple[Lesson, ...]) -> list[re.Pattern[str]]:
    """Card texts: the material icon's ligature name comes first, then the title."""
    return [re.compile(re.escape(lesson.title) + "$") for lesson in lessons]


def card_links(app: StreamlitPage) -> Locator:
    """The lesson cards' links, not the "where to start" links above them."""
    return app.main.locator("[class*='st-key-_card_'] [data-testid=stPageLink]")


def test_search_filters_cards_while_typing(app):
    app.open()
    cards = card_links(app)
    expect(cards).to_have_text(titles(LESSONS))
    search = app.main.get_by_label("Search patterns")
    # No Enter, no click: the input is `live`, so the cards follow the keystrokes.
    search.press_sequentially("callb")
    matches = search_lessons("callb")
    assert 0 < len(matches) < len(LESSONS), "the query must leave some cards out"
    expect(cards).to_have_text(titles(matches))
    search.press_sequentially("zzz")
    expect(cards).to_have_count(0)
    expect(app.main.get_by_text("No lesson matches that search.", exact=False)).to_be_visible()
    search.fill("")
    expect(cards).to_have_text(titles(LESSONS))
    app.wait_until_idle()
    app.assert_clean()


def test_a_card_opens_its_lesson(app):
    app.open()
    lesson = LESSONS[-1]
    app.click(card_links(app).get_by_role("link", name=lesson.title, exact=True))
    app.expect_lesson_frame(lesson)
    assert app.page.url.endswith(f"/{lesson.slug}")
    app.assert_clean()
