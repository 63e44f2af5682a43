"""Reload lesson: a new session starts empty; the URL (bound widgets) and caches survive.

A fresh AppTest is a new session, as a browser reload is: same server process (so the same
caches), new `st.session_state`, and only the query parameters the test carries over.
"""

from __future__ import annotations

import streamlit as st
from conftest import (
    HOME,
    TIMEOUT,
    click,
    lesson,
    links_to_lesson,
    open_lesson,
    open_snippet,
    texts,
)
from streamlit.testing.v1 import AppTest


def session_number(at: AppTest) -> int:
    return at.session_state["reload_session_number"]


def reload(at: AppTest) -> AppTest:
    """A browser reload: a new session that keeps only the URL's query parameters."""
    return open_lesson_with_query(dict(at.query_params))


def open_lesson_with_query(query: dict[str, str]) -> AppTest:
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT)
    at.query_params.update(query)
    at.run()
    at.switch_page(lesson("reload").page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_demo_counts_clicks_in_this_session():
    at = open_lesson("reload")
    for _ in range(3):
        click(at, "Count a click")
    assert at.session_state["reload_clicks"] == 3
    assert "Clicks in this session: 3" in texts(at)
    number = session_number(at)
    assert f"You are session number {number} of this server." in texts(at)
    at.run()
    assert session_number(at) == number  # a rerun is the same session


def test_a_new_session_starts_with_empty_state_but_the_cache_survives():
    first = open_lesson("reload")
    click(first, "Count a click")
    first.text_input(key="reload_note").input("remember me").run()
    second = reload(first)
    # Same cache_resource counter (server process), new session state.
    assert session_number(second) == session_number(first) + 1
    assert second.session_state["reload_clicks"] == 0
    assert second.text_input(key="reload_note").value == ""
    assert "Clicks in this session: 0" in texts(second)
    # The first session is untouched by the second one.
    first.run()
    assert first.session_state["reload_clicks"] == 1
    assert first.text_input(key="reload_note").value == "remember me"


def test_a_bound_widget_comes_back_from_the_url_in_a_new_session():
    at = open_lesson_with_query({"reload_fruit": "cherry"})
    assert at.selectbox(key="reload_fruit").value == "cherry"
    assert at.session_state["reload_fruit"] == "cherry"
    assert "Fruit: cherry" in texts(at)
    again = reload(at)
    assert again.selectbox(key="reload_fruit").value == "cherry"
    assert session_number(again) == session_number(at) + 1


def test_without_the_url_parameter_the_bound_widget_starts_at_its_default():
    at = open_lesson("reload")
    at.selectbox(key="reload_fruit").set_value("banana").run()
    assert "Fruit: banana" in texts(at)
    typed_url = open_lesson_with_query({})
    assert typed_url.selectbox(key="reload_fruit").value == "apple"


def test_a_tampered_url_value_is_ignored_without_an_error():
    at = open_lesson_with_query({"reload_fruit": "<script>alert(1)</script>"})
    assert not at.exception
    assert at.selectbox(key="reload_fruit").value == "apple"
    assert "<script>" not in texts(at)


def test_the_snippet_alone_behaves_the_same():
    at = open_snippet("reload_new_session.py")
    at.query_params["reload_fruit"] = "banana"
    at.run()
    assert not at.exception
    assert at.selectbox(key="reload_fruit").value == "banana"
    assert at.session_state["reload_clicks"] == 0


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
