"""Sticky filters in a real browser: what keeps the selection across a page switch (the
session, not the URL), and link text shown literally."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from playwright.sync_api import expect

from .learner import expect_selected_regions, select_regions
from .streamlit_page import StreamlitPage, catalog_lesson

FILTERS = catalog_lesson("filters")
RELOAD = catalog_lesson("reload")


def follow_link(app: StreamlitPage, title: str) -> None:
    """Click an in-page link (st.page_link): a page switch inside the same session."""
    app.click(app.main.get_by_role("link", name=title))


def test_a_page_switch_keeps_the_selection_although_the_other_url_has_none(app):
    app.open_lesson(FILTERS)
    select_regions(app, ["EMEA"])
    expect(app.page).to_have_url(re.compile(r"/filters\?selected_regions=EMEA$"))
    follow_link(app, RELOAD.title)
    app.expect_lesson_frame(RELOAD)
    expect(app.page).to_have_url(re.compile(r"/reload$"))  # no parameter on the other page
    follow_link(app, FILTERS.title)
    app.expect_lesson_frame(FILTERS)
    expect_selected_regions(app, ["EMEA"])  # kept by the server, in the session
    expect(app.page).to_have_url(re.compile(r"/filters\?selected_regions=EMEA$"))
    app.assert_clean()


def test_the_browsers_back_button_after_a_page_switch_loses_the_selection(app):
    # The lesson says to come back through the menu or a link, not with Back: history
    # brings back the address without the parameter, and the bound widget starts from it.
    app.open_lesson(FILTERS)
    select_regions(app, ["EMEA"])
    expect(app.page).to_have_url(re.compile(r"/filters\?selected_regions=EMEA$"))
    follow_link(app, RELOAD.title)
    app.expect_lesson_frame(RELOAD)
    with app.rerun():
        app.page.go_back()
    app.expect_lesson_frame(FILTERS)
    expect(app.page).to_have_url(re.compile(r"/filters$"))
    expect_selected_regions(app, [])
    app.expect_inspector("selected_regions", "[]")
    app.assert_clean()


def test_a_reload_on_the_other_page_loses_the_selection(app):
    app.open_lesson(FILTERS)
    select_regions(app, ["EMEA"])
    follow_link(app, RELOAD.title)
    app.expect_lesson_frame(RELOAD)
    app.reload()  # a new session, from a URL without the parameter
    app.expect_lesson_frame(RELOAD)
    follow_link(app, FILTERS.title)
    app.expect_lesson_frame(FILTERS)
    expect_selected_regions(app, [])
    expect(app.page).to_have_url(re.compile(r"/filters$"))
    app.assert_clean()


PAYLOADS = [
    "https://evil.example/login",
    "www.evil.example",
    "someone@evil.example",
    ":material/home:",
    ":red[alert]",
    ":smile:",
    "[x](https://evil.example)",
    "$x^2$",
    "![i](http://127.0.0.1:9/x.png)",
]


def test_rejected_link_values_are_shown_as_plain_text(app):
    requested: list[str] = []
    app.page.on("request", lambda request: requested.append(request.url))
    for start in range(0, len(PAYLOADS), 5):
        batch = PAYLOADS[start : start + 5]
        query = "?" + "&".join(f"selected_regions={quote(value)}" for value in batch)
        app.open_lesson(FILTERS, query=query)
        warning = app.main.get_by_test_id("stAlertContentWarning")
        expect(warning).to_contain_text("The link asked for regions that do not exist")
        code = app.main.get_by_test_id("stCode").filter(has_text=batch[0])
        expect(code).to_have_count(1)
        expect(code.locator("code")).to_have_text("\n".join(batch))
        expect(app.main.locator('a[href*="evil.example"]')).to_have_count(0)
        expect(app.main.locator("a[href^='mailto:']")).to_have_count(0)
        expect(app.main.locator(".katex")).to_have_count(0)
        expect(app.main.locator('img[src*="127.0.0.1:9"]')).to_have_count(0)
        expect(warning.get_by_test_id("stIconMaterial")).to_have_count(0)  # no icon from the link
    hosts = {urlsplit(url).netloc for url in requested}
    assert not hosts & {"127.0.0.1:9", "evil.example"}, hosts
    app.assert_clean()
