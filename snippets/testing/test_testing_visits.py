"""Test for testing_visits.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "testing_visits.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def empty_caches():
    # Caches live in the test process, not in an AppTest.
    st.cache_data.clear()
    st.cache_resource.clear()


def check_in(at, name):
    at.text_input(key="testing_visitor").input(name)
    at.button(key="testing_check_in").click().run()


def test_check_in_lists_the_visitor():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    check_in(at, "Ada")
    assert [t.value for t in at.text] == ["Checked in: Ada"]


def test_every_apptest_has_the_same_session_id():
    first = AppTest.from_file(SNIPPET, default_timeout=30).run()
    check_in(first, "Ada")
    # A new AppTest is a new session, but its session id is the same,
    # so it finds the first one's scope="session" cache.
    second = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert [t.value for t in second.text] == ["Checked in: Ada"]
    st.cache_resource.clear()
    third = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert not third.text


def test_a_cached_value_outlives_the_apptest():
    first = AppTest.from_file(SNIPPET, default_timeout=30).run()
    second = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert second.caption[0].value == first.caption[0].value
    st.cache_data.clear()
    third = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert third.caption[0].value != first.caption[0].value
