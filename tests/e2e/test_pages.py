"""Every page of the catalog in a real browser: it loads at its own
URL with no exception and no console error, is photographed, and its snippet tools work: the
copy button copies the file shown, the download buttons download exactly the file and its test.

One test per page does all three, so each page is loaded once: page loads are what the suite's
time is made of. The tools are tried on one snippet per page: every listing is the same frame
code, and AppTest shows each listing's code and download buttons (tests/test_catalog.py).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from app.catalog import LESSONS, Lesson, companion_url_path, lesson_by_slug

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
    """For the lesson's first snippet with a test: open its listing (in its tab, if the lesson
    has tabs), copy it with the copy button, download it, and download its test."""
    with_test = [snippet for snippet in lesson.snippets if snippet.test_path.is_file()]
    snippet = (with_test or lesson.snippets)[0]
    expander = app.open_code(snippet.file)
    block = expander.get_by_test_id("stCode")
    # Its top well below the header, which covers a copy button at the window's top edge.
    block.evaluate(
        "(el) => { el.style.scrollMarginTop = '160px'; el.scrollIntoView({block: 'start'}); }"
    )
    block.hover(position={"x": 20, "y": 20})
    copy = block.get_by_role("button", name="Copy to clipboard")
    expect(copy).to_have_count(1)
    copy.click()
    # st.code drops the file's final newline; otherwise the copy is the file, unchanged.
    # The copy is asynchronous (navigator.clipboard.writeText): wait for the clipboard to
    # hold it rather than read it once, which could still see the previous copy.
    expected = snippet.path.read_text(encoding="utf-8").rstrip("\n")
    app.page.wait_for_function(
        "async (want) => (await navigator.clipboard.readText()) === want", arg=expected
    )
    files = [snippet.path]
    if snippet.test_path.is_file():
        files.append(snippet.test_path)
    for path in files:
        button = expander.get_by_role("button", name=f"Download {path.name}", exact=True)
        download = app.download(button)
        assert download.suggested_filename == path.name
        saved = tmp_path / path.name
        download.save_as(saved)
        assert saved.read_bytes() == path.read_bytes(), path.name


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
        cards = app.main.locator("[class*='st-key-_card_'] [data-testid=stPageLink]")
        expect(cards).to_have_count(len(LESSONS))
    elif lesson is not None:
        app.expect_lesson_frame(lesson)
    app.assert_clean()
    app.screenshot(url_path or "home")
    if lesson is not None:
        check_snippet_tools(app, lesson, tmp_path)
        app.assert_clean()
