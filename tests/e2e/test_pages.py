"""The pages of the catalog that are not lessons, in a real browser: the home page and the
lessons' companion pages load at their own URL with no exception and no console error, and are
photographed. Each lesson is checked in the browser by tests/e2e/test_learner_view.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from app.catalog import LESSONS, companion_url_path

# (url path, title of the page's first heading; None for companion pages, whose content the
# catalog does not describe).
PAGES = [
    pytest.param("", "Session State Patterns", id="home"),
    *(
        pytest.param(companion_url_path(page), None, id=companion_url_path(page))
        for lesson in LESSONS
        for page in lesson.extra_pages
    ),
]


@pytest.mark.parametrize(("url_path", "title"), PAGES)
def test_page_loads_clean_and_is_photographed(app, url_path, title):
    app.open(url_path)
    if title is None:
        expect(app.main.get_by_test_id("stElementContainer").first).to_be_visible()
    else:
        expect(app.main.get_by_role("heading", level=1)).to_have_text(title)
    if url_path == "":  # the whole page, not just its first element: every lesson's card
        cards = app.main.locator("[class*='st-key-_card_'] [data-testid=stPageLink]")
        expect(cards).to_have_count(len(LESSONS))
    app.assert_clean()
    app.screenshot(url_path or "home")
