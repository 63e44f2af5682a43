"""What a learner does on the lessons several browser tests visit, by the lessons' labels."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator, expect

from app.catalog import Lesson

from .streamlit_page import StreamlitPage, keyed, open_tab

REGIONS = ("APAC", "EMEA", "LATAM", "North America")


def increment(app: StreamlitPage, times: int) -> None:
    """Click quick-start's **Increment** button `times` times, each rerun settled."""
    for _ in range(times):
        app.click(app.button("Increment"))


def expect_count(app: StreamlitPage, n: int) -> None:
    """The counter snippet's `st.write("Count:", n)` line (not its source code)."""
    expect(app.main.get_by_text(re.compile(rf"^Count:\s*{n}$"))).to_be_visible()


def regions(app: StreamlitPage) -> Locator:
    """The filters dashboard's `st.multiselect("Regions", key="selected_regions")`: by its key,
    since the small demo above it has a "Sales regions" box."""
    return keyed(app.main, "selected_regions").get_by_test_id("stMultiSelect")


def select_regions(app: StreamlitPage, chosen: list[str]) -> None:
    for region in chosen:
        app.choose(regions(app), region)
    app.page.keyboard.press("Escape")


def expect_selected_regions(app: StreamlitPage, chosen: list[str]) -> None:
    tags = regions(app).get_by_test_id("stMultiSelectTagsContainer")
    for region in REGIONS:
        expect(tags.get_by_text(region, exact=True)).to_have_count(int(region in chosen))


def durable_list(app: StreamlitPage) -> Locator:
    """The durable-state store demo's list: the first text block of the page (`st.text`)."""
    return app.main.get_by_test_id("stText").first


# The tab that holds a lesson's full demo when a small one comes first (durable-state,
# cache-vs-state): every load of the page (a reload, a link, Back) opens the small one's tab.
COMPLETE_TAB = "The complete pattern"


def show_durable_store(app: StreamlitPage) -> None:
    """Open the durable-state lesson's tab that holds the store demo."""
    open_tab(app, COMPLETE_TAB)
    expect(durable_list(app)).to_be_visible()


def copy_and_download_a_snippet(app: StreamlitPage, lesson: Lesson, tmp_path: Path) -> None:
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
