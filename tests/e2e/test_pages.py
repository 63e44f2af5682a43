"""Every page of the catalog in a real browser (issue 5, points 1 and 6): it loads at its own
URL with no exception and no console error, is photographed, and each snippet's tools work:
the copy button copies the file shown, the download button downloads exactly that file.

One test per page does all three, so each page is loaded once: page loads are what the suite's
time is made of.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, expect

from components.catalog import LESSONS, Lesson, companion_url_path, lesson_by_slug

from .streamlit_page import StreamlitPage

# (url path, title of the page's first heading; None for companion pages, whose content the
# catalog does not describe).
PAGES = [
    pytest.param("", "Session State Patterns", id="home"),
    *(pytest.param(lesson.slug, lesson.title, id=lesson.slug) for lesson in LESSONS),
    *(
        pytest.param(companion_url_path(page), None, id=companion_url_path(page))
        for lesson in LESSONS
        for page in lesson.extra_pages
    ),
]


def check_snippet_tools(app: StreamlitPage, lesson: Lesson, tmp_path) -> None:
    copied: list[str] = []
    downloads: dict[str, Locator] = {}
    tabs = app.main.get_by_role("tab")
    # A lesson in st.tabs shows one panel at a time: visit each (or the page once, if none).
    for tab_index in range(max(tabs.count(), 1)):
        if tabs.count():
            tabs.nth(tab_index).click()
        blocks = app.main.get_by_test_id("stCode").filter(visible=True)
        for index in range(blocks.count()):
            block = blocks.nth(index)
            block.hover()
            copy = block.get_by_role("button", name="Copy to clipboard")
            expect(copy).to_have_count(1)
            copy.click()
            copied.append(app.page.evaluate("() => navigator.clipboard.readText()"))
        for snippet in lesson.snippets:
            name = f"Download {snippet.file}"
            button = app.main.get_by_role("button", name=name, exact=True)
            if button.count():
                downloads[snippet.file] = button
                download_and_compare(app, snippet, button, tmp_path)
    for snippet in lesson.snippets:
        source = snippet.path.read_text(encoding="utf-8")
        # st.code drops the file's final newline; otherwise the copy is the file, unchanged.
        assert source.rstrip("\n") in copied, f"no copy button copies {snippet.file}"
        assert snippet.file in downloads, f"no download button for {snippet.file}"


def download_and_compare(app: StreamlitPage, snippet, button: Locator, tmp_path) -> None:
    """The download button downloads exactly the snippet's file."""
    with app.page.expect_download() as download_info:
        button.click()
    download = download_info.value
    assert download.suggested_filename == snippet.file
    saved = tmp_path / snippet.file
    download.save_as(saved)
    assert saved.read_bytes() == snippet.path.read_bytes(), snippet.file


@pytest.mark.browser_context_args(permissions=["clipboard-read", "clipboard-write"])
@pytest.mark.parametrize(("url_path", "title"), PAGES)
def test_page_clean_screenshot_and_snippet_tools(app, url_path, title, tmp_path):
    app.open(url_path)
    if title is None:
        expect(app.main.get_by_test_id("stElementContainer").first).to_be_visible()
    else:
        expect(app.main.get_by_role("heading", level=1)).to_have_text(title)
    # Wait for the whole page, not just the first element: every card, or every snippet's tools.
    lesson = lesson_by_slug(url_path)
    if url_path == "":
        expect(app.main.get_by_test_id("stPageLink")).to_have_count(len(LESSONS))
    elif lesson is not None:
        app.expect_lesson_frame(lesson)
    app.assert_clean()
    app.screenshot(url_path or "home")
    if lesson is not None:
        check_snippet_tools(app, lesson, tmp_path)
        app.assert_clean()
