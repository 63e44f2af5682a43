"""Test for cache_vs_state_slow_query.py: put it beside this file, or
one folder up if this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "cache_vs_state_slow_query.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def empty_caches():
    # Caches live in the test process and outlive an AppTest.
    st.cache_data.clear()
    st.cache_resource.clear()


def run_query(at):
    at.button(key="cache_run_query").click().run()


def test_the_second_call_comes_from_the_cache():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    run_query(at)
    run_query(at)
    first, second = at.session_state["cache_calls"]
    assert first.endswith("ran the function body")
    assert second.endswith("from the cache")
    assert "has run 1 time(s)" in at.caption[0].value


def test_another_session_gets_the_cached_result():
    a = AppTest.from_file(SNIPPET, default_timeout=30).run()
    run_query(a)
    b = AppTest.from_file(SNIPPET, default_timeout=30).run()
    run_query(b)
    (call,) = b.session_state["cache_calls"]
    assert call.endswith("from the cache")


def test_a_new_argument_runs_the_body_again():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    run_query(at)
    at.selectbox(key="cache_region").select("APAC").run()
    run_query(at)
    assert at.session_state["cache_calls"][1].startswith("APAC")
    assert at.session_state["cache_calls"][1].endswith("body")
