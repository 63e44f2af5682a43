"""What a reload keeps, in the browser: a global cache survives it, a `scope="session"` cache
does not (the reload lesson's table)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .streamlit_page import StreamlitPage, catalog_lesson

RELOAD = catalog_lesson("reload")
CACHE = catalog_lesson("cache-vs-state")


def session_number(app: StreamlitPage) -> int:
    line = app.main.get_by_text(re.compile(r"^You are session number \d+ of this server\.$"))
    expect(line).to_be_visible()
    return int(re.search(r"\d+", line.inner_text())[0])


def test_a_global_cache_resource_survives_a_reload(app):
    # The session counter lives in st.cache_resource: a reload is a new session (the number
    # goes up) drawn from the same cached object (it goes up by one, not back to 1).
    app.open_lesson(RELOAD)
    before = session_number(app)
    app.reload()
    app.expect_lesson_frame(RELOAD)
    assert session_number(app) > before
    app.assert_clean()


def test_a_session_scoped_cache_is_gone_after_a_reload(app):
    app.open_lesson(CACHE)
    app.enter_text(app.main.locator(".st-key-cache_note input"), "buy milk")
    app.click(app.main.locator(".st-key-cache_add_note").get_by_role("button"))
    expect(app.main.get_by_text("Notes in this session's database: 1", exact=True)).to_be_visible()
    app.reload()
    app.expect_lesson_frame(CACHE)
    expect(app.main.get_by_text("Notes in this session's database: 0", exact=True)).to_be_visible()
    app.assert_clean()
