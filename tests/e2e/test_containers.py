"""Tabs, expanders and popovers that remember, clicked in Chromium: a click on a tab or an
expander is the only way to fire their on_change, and the URL binding lives in the browser."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, expect

from .streamlit_page import StreamlitPage, catalog_lesson

SLUG = "containers"


def open_containers(app: StreamlitPage) -> StreamlitPage:
    return app.open_lesson(catalog_lesson(SLUG))


def tab(app: StreamlitPage, label: str) -> Locator:
    return app.main.get_by_role("tab", name=label, exact=True)


def expander_header(app: StreamlitPage, label: str) -> Locator:
    """The clickable header of the expander labelled `label` (not a code listing's text)."""
    summaries = app.main.get_by_test_id("stExpander").locator("summary")
    return summaries.filter(has=app.page.get_by_text(label, exact=True))


def line(app: StreamlitPage, pattern: str) -> Locator:
    """A paragraph of the demo whose whole text matches `pattern`."""
    return app.main.locator("p").filter(has_text=re.compile(rf"^{pattern}$"))


def test_tab_clicks_go_to_session_state_and_on_change(app):
    open_containers(app)
    expect(tab(app, "Summary")).to_have_attribute("aria-selected", "true")
    app.click(tab(app, "Chart"))
    expect(tab(app, "Chart")).to_have_attribute("aria-selected", "true")
    expect(line(app, "Open tab: Chart · tab clicks: 1")).to_be_visible()
    app.expect_inspector("cont_tab", "'Chart'")
    app.expect_inspector("cont_tab_clicks", "1")
    # Only the open tab's work ran on that rerun.
    expect(app.main.get_by_text("Work done: Summary 1 · Chart 1 · Raw data 0")).to_be_visible()
    app.click(tab(app, "Summary"))
    # A button's callback writes the key: the tab opens, on_change is not called.
    app.click(app.button("Show the raw data"))
    expect(tab(app, "Raw data")).to_have_attribute("aria-selected", "true")
    expect(line(app, "Open tab: Raw data · tab clicks: 2")).to_be_visible()
    app.expect_inspector("cont_tab", "'Raw data'")
    expect(app.main.get_by_text("Work done: Summary 2 · Chart 1 · Raw data 1")).to_be_visible()
    app.assert_clean()


def runs(app: StreamlitPage) -> Locator:
    return app.main.get_by_text(re.compile(r"^Script runs: \d+ · details: "))


def test_expander_clicks_call_the_callback_code_opens_it_plain_one_does_not_rerun(app):
    open_containers(app)
    details = expander_header(app, "Order details")
    content = app.main.get_by_text("Drawn only while the expander is open.", exact=True)
    expect(content).to_have_count(0)
    app.click(details)
    expect(content).to_be_visible()
    app.expect_inspector("cont_details", "True")
    app.click(details)
    expect(content).to_have_count(0)
    expect(runs(app)).to_have_text(re.compile(r"details: opened, closed$"))
    app.click(app.button("Open the details from code"))
    expect(content).to_be_visible()
    expect(runs(app)).to_have_text(re.compile(r"details: opened, closed$"))  # no callback
    # The plain expander opens in the browser only: no rerun, the run count stays.
    count = runs(app).inner_text()
    expander_header(app, "Plain expander (no on_change)").click()
    expect(
        app.main.get_by_text("Always drawn. Opening it does not rerun the script.", exact=True)
    ).to_be_visible()
    app.page.wait_for_timeout(1500)
    expect(runs(app)).to_have_text(count)
    app.assert_clean()


def test_popover_slider_is_drawn_only_while_open_and_keeps_its_value(app):
    open_containers(app)
    settings = app.button("Settings")
    slider = app.page.get_by_test_id("stPopoverBody").get_by_role("slider")
    app.click(settings)
    expect(slider).to_be_visible()
    app.expect_inspector("cont_settings", "True")
    for _ in range(3):
        with app.rerun():
            slider.press("ArrowRight")
    expect(line(app, "Rows per page: 13")).to_be_visible()
    with app.rerun():
        app.page.keyboard.press("Escape")
    expect(app.page.get_by_test_id("stPopoverBody")).to_have_count(0)
    app.expect_inspector("cont_settings", "False")
    app.expect_inspector("cont_rows", "13")
    app.click(settings)
    expect(slider).to_have_value("13")
    app.assert_clean()


def test_open_tab_and_expander_live_in_the_url(app, open_app):
    open_containers(app)
    app.click(tab(app, "Orders"))
    expect(app.page).to_have_url(re.compile(r"/containers\?cont_section=Orders$"))
    app.click(expander_header(app, "Help"))
    expect(app.page).to_have_url(re.compile(r"[?&]cont_help=true"))
    # A reload is a new session: the URL brings the tab and the expander back.
    app.reload()
    expect(tab(app, "Orders")).to_have_attribute("aria-selected", "true")
    expect(app.main.get_by_text("Open me: the URL remembers that too.", exact=True)).to_be_visible()
    app.expect_inspector("cont_section", "'Orders'")
    # Back on the default tab, the parameter leaves the URL.
    app.click(tab(app, "Overview"))
    expect(app.page).not_to_have_url(re.compile(r"cont_section="))
    # A colleague opening a shared link gets the same tab.
    other = open_app()
    other.open_lesson(catalog_lesson(SLUG), query="?cont_section=Settings")
    expect(tab(other, "Settings")).to_have_attribute("aria-selected", "true")
    other.expect_inspector("cont_section", "'Settings'")
    app.assert_clean()
    other.assert_clean()


def test_a_link_with_an_unknown_tab_opens_the_first_and_cleans_the_url(app):
    app.open_lesson(catalog_lesson(SLUG), query="?cont_section=%3Cb%3ENope%3C%2Fb%3E")
    expect(tab(app, "Overview")).to_have_attribute("aria-selected", "true")
    expect(app.page).not_to_have_url(re.compile(r"cont_section="))
    app.expect_inspector("cont_section", "'Overview'")
    expect(app.page.locator("b", has_text="Nope")).to_have_count(0)
    app.assert_clean()
