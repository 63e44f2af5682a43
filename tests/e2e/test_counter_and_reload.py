"""What a reload does to state, in a real browser. The counter's clicks and the inspector's
reading of them are proven under AppTest (snippets/quick_start/test_counter.py,
tests/test_quick_start.py, tests/test_inspector.py)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .learner import expect_count, expect_selected_regions, increment, select_regions
from .streamlit_page import catalog_lesson, lesson_or_skip

QUICK_START = catalog_lesson("quick-start")


def test_reload_starts_a_new_session_so_the_counter_is_back_to_0(app):
    app.open_lesson(QUICK_START)
    increment(app, 2)
    expect_count(app, 2)
    app.reload()
    # A reload opens a new WebSocket, hence a new session: session state starts empty.
    expect_count(app, 0)
    app.expect_inspector("count", "0")
    app.assert_clean()


def test_filters_survive_reload_and_travel_in_the_copied_url(app, open_app):
    app.open_lesson(lesson_or_skip("filters"))
    select_regions(app, ["EMEA", "LATAM"])
    expect_selected_regions(app, ["EMEA", "LATAM"])
    # bind="query-params": the key is the query parameter, repeated for each selection.
    expect(app.page).to_have_url(re.compile(r"selected_regions=EMEA.*selected_regions=LATAM"))
    app.reload()
    expect_selected_regions(app, ["EMEA", "LATAM"])
    copied_url = app.page.url
    # Another learner (a fresh browser context: no cookies, a new session) opens the link.
    other = open_app()
    other.page.goto(copied_url)
    other.wait_until_idle()
    expect_selected_regions(other, ["EMEA", "LATAM"])
    app.assert_clean()
    other.assert_clean()
