"""'Reset this lesson' in the browser: what only the browser holds comes back as on a first
visit too, the text in each field, the tab each tab bar has open and the files each uploader
shows.

The values of widgets and session state after a reset are checked for every lesson in-process
(tests/test_reset.py). What the browser forgets is the frame's doing, the same on every page
(app/frame/reset.py), so here it is checked on BROWSER_LESSONS, which together draw every kind
of widget any lesson draws (tests/test_reset.py keeps that true). Each is used as a learner
would (its first demo whose use shows, a text area filled, a file in every uploader, the last
tab of every tab bar opened), reset, and the main area compared with what the same session
showed on its first visit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, expect

from app.catalog import Lesson

from .streamlit_page import StreamlitPage, catalog_lesson

# Lessons that together draw every kind of widget a lesson draws, and with them those whose
# page has its own timers (fragments), URL-bound widgets (containers, login) or outside stores
# (what-survives).
BROWSER_LESSONS = (
    "wizard",
    "containers",
    "uploads",
    "what-survives",
    "chat",
    "fragments",
    "testing",
    "check-your-code",
    "login",
)
# Lessons whose text shows a value every session shares, by design (a `cache_resource` count):
# their text is left out of the comparison, the rest is compared.
TEXT_SHARED_BY_EVERYONE = {
    "what-survives": "values in caches and a database, which outlive session state",
}
CSV = b"region,sales\nEMEA,10\nAPAC,20\n"

# What a learner sees of the main area: its visible text (a closed tab's panel is hidden, so it
# is not in it), which tab each tab bar has open, the files each uploader lists, and the value
# of every text field, check box and radio option.
_SNAPSHOT = """(main) => ({
    tabs: [...main.querySelectorAll('[role=tab]')].map((t) => t.getAttribute('aria-selected')),
    files: [...main.querySelectorAll('[data-testid=stFileUploader]')].map(
        (u) => [...u.querySelectorAll('[data-testid=stFileChipName]')]
            .map((f) => f.textContent)),
    inputs: [...main.querySelectorAll('input:not([type=file]), textarea')].map(
        (i) => ['checkbox', 'radio'].includes(i.type) ? String(i.checked) : i.value),
    text: main.innerText,
})"""


def snapshot(app: StreamlitPage) -> dict:
    app.wait_for_lazy_elements()
    return app.main.evaluate(_SNAPSHOT)


def use_a_demo(app: StreamlitPage, demo: Locator) -> None:
    """Use a demo as a learner would: the first of type into a text input, pick a radio's last
    option, tick a check box, pick a multiselect's first option, press a button."""
    app.show(demo)  # opens the tabs it sits in
    field = demo.get_by_test_id("stTextInput").locator("input").first
    radio = demo.get_by_test_id("stRadio").first
    checkbox = demo.get_by_test_id("stCheckbox").first
    multiselect = demo.get_by_test_id("stMultiSelect").first
    buttons = demo.get_by_test_id("stButton").locator("button:enabled")
    if field.count():
        app.enter_text(field, "changed by the learner")
    elif radio.count():
        app.click(radio.locator("label").last)
    elif checkbox.count():
        app.click(checkbox.locator("label").first)
    elif multiselect.count():
        multiselect.get_by_role("combobox").click()
        option = app.page.get_by_role("option").first
        app.choose(multiselect, option.inner_text())
        app.page.keyboard.press("Escape")
    elif buttons.count():
        app.click(buttons.first)
        if app.page.get_by_role("dialog").count():  # a dialog covers the sidebar: close it
            app.page.keyboard.press("Escape")
            expect(app.page.get_by_role("dialog")).to_have_count(0)
            app.wait_until_idle()  # a dialog with on_dismiss="rerun" reruns the page


def use_the_lesson(app: StreamlitPage, csv: Path, first_visit: dict) -> None:
    """Use the demos in order until one changes what the page shows (working-data's first demo
    is a data editor, drawn on a canvas this snapshot cannot read), type into the page's first
    text area, put a file in every uploader, then open the last tab of every tab bar."""
    for demo in app.main.locator("[class*='st-key-_demo_']").all():
        use_a_demo(app, demo)
        if snapshot(app) != first_visit:
            break
    area = app.main.get_by_test_id("stTextArea").locator("textarea").first
    if area.count():
        app.show(area)
        with app.rerun():  # a text area sends its text when it loses the focus
            area.fill("changed by the learner")
            area.press("Tab")
    for uploader in app.main.get_by_test_id("stFileUploader").all():
        with app.rerun():
            uploader.locator("input[type=file]").set_input_files(csv)
        expect(uploader.get_by_test_id("stFileChipName")).to_have_text(csv.name)
    # Innermost first: opening an outer tab can hide a tab bar nested in another of its tabs.
    for tab_list in reversed(app.main.get_by_role("tablist").all()):
        tab_list.get_by_role("tab").last.click()
        app.wait_until_idle()  # a tab bar that tracks its tab reruns the page
        expect(tab_list.get_by_role("tab").last).to_have_attribute("aria-selected", "true")


@pytest.mark.parametrize("lesson", map(catalog_lesson, BROWSER_LESSONS), ids=BROWSER_LESSONS)
def test_reset_shows_the_first_visit_tabs_uploaders_and_text(app, lesson: Lesson, tmp_path):
    csv = tmp_path / "sales.csv"
    csv.write_bytes(CSV)
    app.open_lesson(lesson)
    first_visit = snapshot(app)
    use_the_lesson(app, csv, first_visit)
    assert snapshot(app) != first_visit, "using the lesson changed nothing in the browser"
    app.click(app.sidebar.get_by_role("button", name="Reset this lesson"))
    # That run draws a note instead of the page; the next, asked for at once, the page.
    app.expect_lesson_frame(lesson)
    app.wait_until_idle()
    app.wait_for_paint()
    after = snapshot(app)
    assert after["tabs"] == first_visit["tabs"]
    assert after["files"] == first_visit["files"]
    assert after["inputs"] == first_visit["inputs"]
    if lesson.slug not in TEXT_SHARED_BY_EVERYONE:
        assert after["text"] == first_visit["text"]
    app.assert_clean()
