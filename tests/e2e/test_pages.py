"""Every page of the catalog loads at its own URL, clean, and is photographed."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from components.catalog import LESSONS, companion_url_path, lesson_by_slug

# (url path, title of the page's first heading; None for companion pages, whose title the
# catalog does not hold).
PAGES = [
    pytest.param("", "Session State Patterns", id="home"),
    *(pytest.param(lesson.slug, lesson.title, id=lesson.slug) for lesson in LESSONS),
    *(
        pytest.param(companion_url_path(page), None, id=companion_url_path(page))
        for lesson in LESSONS
        for page in lesson.extra_pages
    ),
]


@pytest.mark.parametrize(("slug", "title"), PAGES)
def test_page_loads_clean_screenshot(app, slug, title):
    app.open(slug)
    heading = app.main.get_by_role("heading", level=1)
    if title is None:
        expect(heading).to_have_count(1)
    else:
        expect(heading).to_have_text(title)
    # Wait for the whole page, not just the first element: every card, or every snippet's tools.
    lesson = lesson_by_slug(slug)
    if slug == "":
        expect(app.main.get_by_test_id("stPageLink")).to_have_count(len(LESSONS))
    elif lesson is not None:
        app.expect_lesson_frame(lesson)
    app.assert_clean()
    app.screenshot(slug or "home")
