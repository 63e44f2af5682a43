"""Tabs, expanders and popovers with state: what the lesson says, shown with AppTest. Clicks on
the containers themselves (and the callbacks they fire) only exist in a browser: see
tests/e2e/test_containers.py."""

from __future__ import annotations

import inspect

import pytest
import streamlit as st
from conftest import TIMEOUT, click, open_lesson, open_snippet, page_links
from streamlit.testing.v1 import AppTest

from app.catalog.search import search_lessons

TABS = ("Summary", "Chart", "Raw data")


def alone(file: str) -> AppTest:
    """A snippet of the lesson alone: what it does needs no lesson page around it."""
    at = open_snippet(file).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def tab(at: AppTest, label: str):  # noqa: ANN201 (AppTest's Tab block)
    return next(t for t in at.main.tabs if t.label == label)


def status_line(at: AppTest, start: str) -> str:
    return next(m.value for m in at.main.markdown if m.value.startswith(start))


def work_done(at: AppTest) -> str:
    return next(c.value for c in at.main.caption if c.value.startswith("Work done:"))


def test_open_tab_is_in_session_state_and_only_its_work_runs():
    at = alone("containers_tabs.py")
    assert at.session_state["cont_tab"] == "Summary"
    assert tab(at, "Summary").children and not tab(at, "Chart").children
    assert not tab(at, "Raw data").children
    assert at.session_state["cont_work"] == {"Summary": 1, "Chart": 0, "Raw data": 0}
    at.run()
    at.run()
    assert at.session_state["cont_work"] == {"Summary": 3, "Chart": 0, "Raw data": 0}
    assert work_done(at) == "Work done: Summary 3 · Chart 0 · Raw data 0"
    assert status_line(at, "Open tab:") == "Open tab: **Summary** · tab clicks: 0"


def test_a_stored_label_that_is_not_a_tab_falls_back_to_the_default():
    at = alone("containers_tabs.py")
    at.session_state["cont_tab"] = "Renamed tab"
    at.run()
    assert not at.exception
    assert at.session_state["cont_tab"] == "Summary"
    assert tab(at, "Summary").children


def test_expander_opened_from_code_draws_its_content_callback_not_called():
    at = alone("containers_expander_popover.py")
    assert at.session_state["cont_details"] is False
    details = next(e for e in at.main.expander if e.label == "Order details")
    assert not details.children
    click(at, "Open the details from code")
    assert at.session_state["cont_details"] is True
    details = next(e for e in at.main.expander if e.label == "Order details")
    assert details.proto.expanded is True
    assert details.markdown[0].value == "Drawn only while the expander is open."
    assert at.session_state["cont_log"] == []
    assert "`details.open` = True" in status_line(at, "`details.open`")


def test_plain_expander_has_no_state_and_always_runs():
    at = alone("containers_expander_popover.py")
    plain = next(e for e in at.main.expander if e.label.startswith("Plain expander"))
    assert plain.markdown[0].value.startswith("Always drawn.")
    assert "`plain.open` = None" in status_line(at, "`details.open`")


def test_without_persist_state_a_widget_in_a_closed_popover_is_dropped():
    script = (
        "import streamlit as st\n"
        "p = st.popover('Settings', key='p', on_change='rerun')\n"
        "if p.open:\n"
        "    p.slider('Rows', 5, 50, 10, key='rows')\n"
    )
    at = AppTest.from_string(script, default_timeout=TIMEOUT).run()
    at.session_state["p"] = True
    at.run()
    at.slider(key="rows").set_value(30).run()
    at.session_state["p"] = False
    at.run()
    assert "rows" not in at.session_state
    at.session_state["p"] = True
    at.run()
    assert at.slider(key="rows").value == 10


def test_without_on_change_the_key_stores_nothing():
    script = (
        "import streamlit as st\n"
        "a, b = st.tabs(['A', 'B'], key='t')\n"
        "e = st.expander('E', key='e')\n"
        "p = st.popover('P', key='p')\n"
        "st.write(a.open, e.open, p.open)\n"
    )
    at = AppTest.from_string(script, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert not {"t", "e", "p"} & set(at.session_state)
    assert at.markdown[0].value == "`None` `None` `None`"


# The URL-bound tabs ------------------------------------------------------------------------


def open_with_query(**params: str) -> AppTest:
    at = open_snippet("containers_tab_in_url.py")
    for name, value in params.items():
        at.query_params[name] = value
    return at.run()


def test_bound_tabs_keep_state_without_on_change():
    at = open_with_query()
    assert at.session_state["cont_section"] == "Overview"
    assert "Open tab in session state: Overview" in [m.value for m in at.main.markdown]


def test_a_link_with_the_tab_opens_it_and_the_expander():
    at = open_with_query(cont_section="Orders", cont_help="true")
    assert not at.exception
    assert at.session_state["cont_section"] == "Orders"
    assert at.session_state["cont_help"] is True
    assert at.expander[0].proto.expanded is True
    assert at.markdown[-1].value == "Open tab in session state: Orders"


@pytest.mark.parametrize("junk", ["Nope", "", "<script>alert(1)</script>"])
def test_a_tab_name_that_does_not_exist_is_ignored_and_removed(junk):
    at = open_with_query(cont_section=junk)
    assert not at.exception
    assert at.session_state["cont_section"] == "Overview"
    assert "cont_section" not in at.query_params


def test_release_features_on_this_streamlit():
    for container in (st.tabs, st.expander, st.popover):
        params = inspect.signature(container).parameters
        assert {"key", "on_change", "args", "kwargs"} <= set(params), container
    assert "bind" in inspect.signature(st.tabs).parameters
    assert "bind" in inspect.signature(st.expander).parameters
    assert "bind" not in inspect.signature(st.popover).parameters


def test_lesson_links_to_widget_identity():
    assert page_links(open_lesson("containers"))["Why widgets reset: identity and keys"] == (
        "widget-identity"
    )


@pytest.mark.parametrize("word", ["tab", "expander", "popover", "open tab"])
def test_search_finds_the_lesson(word):
    assert "containers" in [lesson.slug for lesson in search_lessons(word)]
