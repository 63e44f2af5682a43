"""Reload lesson: a new session starts empty; the URL (bound widgets) and caches survive.

A fresh AppTest is a new session, as a browser reload is: same server process (so the same
caches), new `st.session_state`, and only the query parameters the test carries over.
"""

from __future__ import annotations

import streamlit as st
from conftest import click, links_to_lesson, open_lesson, open_snippet, texts
from streamlit.testing.v1 import AppTest


def session_number(at: AppTest) -> int:
    return at.session_state["reload_session_number"]


def demo(query: dict[str, str] | None = None) -> AppTest:
    """The snippet alone in a new session whose URL has these query parameters (a browser
    reload keeps only those): what it does needs no lesson page around it."""
    at = open_snippet("reload_new_session.py")
    at.query_params.update(query or {})
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_demo_counts_clicks_in_this_session():
    at = demo()
    for _ in range(3):
        click(at, "Count a click")
    assert at.session_state["reload_clicks"] == 3
    assert "Clicks in this session: 3" in texts(at)
    number = session_number(at)
    assert f"You are session number {number} of this server." in texts(at)
    at.run()
    assert session_number(at) == number  # a rerun is the same session


def test_without_the_url_parameter_the_bound_widget_starts_at_its_default():
    at = demo()
    at.selectbox(key="reload_fruit").set_value("banana").run()
    assert "Fruit: banana" in texts(at)
    typed_url = demo({})
    assert typed_url.selectbox(key="reload_fruit").value == "apple"


def test_the_page_links_to_sticky_filters_and_shows_what_survives():
    at = open_lesson("reload")
    assert links_to_lesson(at, "filters")
    table = at.table[0].value
    survives = dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))
    assert survives["st.session_state (keys and widget values)"] == "lost"
    assert survives["st.cache_data / st.cache_resource (global)"] == "kept"
    assert survives['a cache with scope="session"'] == "lost"
    assert survives['a widget with bind="query-params" (1.55+)'] == "kept"


def test_claims_about_streamlit_1_67():
    # st.context offers no session id, which is why the demo numbers sessions itself.
    assert not any("session" in name for name in dir(st.context))
    # A dropped connection may reconnect to its session within this many seconds.
    assert st.get_option("server.disconnectedSessionTTL") == 120
    # bind= is what the lesson's min_version is about.
    at = open_lesson("reload")
    assert "Needs Streamlit 1.55 or newer." in texts(at)
