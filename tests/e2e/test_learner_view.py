"""Each lesson as a learner sees it in a real browser, one page load per lesson: at the two
window sizes the app is judged at, the state inspector in sight beside the demo and the first
demo above the fold; no exception or console error; a page one can finish; no listing that
scrolls sideways (the widest of each lesson); and a snippet's copy and download buttons giving
exactly its files."""

from __future__ import annotations

from pathlib import Path
from unicodedata import east_asian_width

import pytest
from playwright.sync_api import expect

from app.catalog import LESSONS
from app.frame.inspector import VALUE_INDENT

from .learner import copy_and_download_a_snippet
from .streamlit_page import StreamlitPage, catalog_lesson

# The sizes the learner view is judged at, the first one the size the lesson is opened at.
SIZES = [(1366, 768), (1280, 900)]
MAX_PAGE_HEIGHT = 4000  # px at 1280 wide, on a first visit


def expect_demo_and_inspector_in_sight(app: StreamlitPage, height: int) -> None:
    """The first snippet the page runs starts above the fold (some pages only show a snippet's
    code), and the inspector's first row, or its note that no key is set yet, is in sight."""
    first_demo = app.main.locator("[class*='st-key-_demo_']").first
    expect(first_demo).to_be_attached()
    top = first_demo.bounding_box()["y"]
    assert top < height - 100, f"first demo starts at y={top} in a {height} px window"
    inspector = app.inspector()
    empty = app.sidebar.get_by_text("None of this lesson's keys")
    # The sidebar is drawn after the page: wait for one of the two before looking.
    expect(inspector.or_(empty).first).to_be_attached()
    if inspector.count():
        box = inspector.bounding_box()
        first_row_bottom = box["y"] + 60  # the key line and its value line
        assert 0 <= box["y"] and first_row_bottom <= height, (
            f"inspector at y={box['y']} in a {height} px window"
        )
    else:
        expect(empty).to_be_in_viewport()


@pytest.mark.browser_context_args(permissions=["clipboard-read", "clipboard-write"])
@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_a_lesson_in_a_learners_window(app, lesson, tmp_path):
    """The window is resized, as a learner may, rather than the page loaded again: the layout
    follows the window's width alone."""
    for width, height in SIZES:
        app.page.set_viewport_size({"width": width, "height": height})
        if (width, height) == SIZES[0]:
            app.open_lesson(lesson)
        expect_demo_and_inspector_in_sight(app, height)
    page_height = app.page.evaluate(_SETTLED_HEIGHT)
    assert page_height <= MAX_PAGE_HEIGHT, f"{lesson.slug} is {page_height} px tall"
    app.assert_clean()
    app.screenshot(lesson.slug)
    widest = max(lesson.snippets, key=lambda snippet: listing_columns(snippet.path))
    block = app.open_code(widest.file).locator("pre").first
    overflow = block.evaluate("(pre) => pre.scrollWidth - pre.clientWidth")
    assert overflow <= 1, f"{widest.file} scrolls sideways by {overflow} px"
    copy_and_download_a_snippet(app, lesson, tmp_path)
    app.assert_clean()


def listing_columns(path: Path) -> int:
    """How many monospace columns a file's listing needs: its line numbers and its widest line
    (a wide character such as an emoji takes two). Every listing is drawn as wide as the main
    column, so a lesson's listing that needs the most columns scrolls sideways if any does."""
    lines = path.read_text(encoding="utf-8").splitlines()
    widest = max(sum(2 if east_asian_width(char) in "WF" else 1 for char in line) for line in lines)
    return len(str(len(lines))) + widest


# The page's height once it has not changed for 30 frames: listings are highlighted and page
# links drawn a moment after the run, by code the browser fetches on a first visit.
_SETTLED_HEIGHT = """() => new Promise((resolve) => {
    const main = document.querySelector('[data-testid=stMain]');
    let last = -1, same = 0;
    const frame = () => {
        const height = main.scrollHeight;
        same = height === last ? same + 1 : 0;
        last = height;
        if (same >= 30) resolve(height); else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
})"""


# For each value line of the inspector: does its first visible character sit on the same
# screen line as the indentation before it?
_VALUES_START_ON_THEIR_LINE = """(code, indent) => [...code.querySelectorAll(':scope > span')]
    .filter((line) => line.textContent.startsWith(indent))
    .map((line) => {
        const text = line.firstChild.nodeType === 3 ? line.firstChild : line.firstChild.firstChild;
        const at = (i) => { const r = document.createRange(); r.setStart(text, i);
            r.setEnd(text, i + 1); return r.getBoundingClientRect().top; };
        return [line.textContent.trim(), at(0) === at(indent.length)];
    })"""


def test_a_long_value_starts_beside_its_indentation_in_the_inspector(app):
    """what-survives stores a 22-character token: wider than the sidebar's code column with its
    indentation, it must still start where its indentation is, not alone on the next line."""
    app.page.set_viewport_size({"width": 1366, "height": 768})
    app.open_lesson(catalog_lesson("what-survives"))
    app.expect_inspector("survive_seen", "True")
    # The token belongs to the stores demo, below the small one: its keys are folded.
    app.sidebar.get_by_test_id("stExpander").get_by_text("more keys").click()  # no rerun
    folded = app.inspector_tables().nth(1)
    expect(folded).to_be_visible()
    rows = folded.locator("code").evaluate(_VALUES_START_ON_THEIR_LINE, VALUE_INDENT)
    assert any(len(value) >= 20 for value, _ in rows), rows  # the token is there
    assert all(same_line for _, same_line in rows), rows
