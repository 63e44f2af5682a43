"""Test for cache_vs_state_scope.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "cache_vs_state_scope.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def empty_caches():
    # Every AppTest has the same session id, so scope="session"
    # caches are shared between tests: start each one empty.
    st.cache_resource.clear()


def add_note(at, text):
    at.text_input(key="cache_note").input(text)
    at.button(key="cache_add_note").click().run()


def test_a_note_goes_into_the_sessions_database():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    add_note(at, "  buy milk ")
    assert [t.value for t in at.text] == ["buy milk"]
    assert at.session_state["cache_note"] == ""
    add_note(at, "   ")  # blank notes are ignored
    assert "database: 1" in at.markdown[0].value


def test_clear_empties_the_database():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    add_note(at, "buy milk")
    at.button(key="cache_clear_db").click().run()
    assert "database: 0" in at.markdown[0].value
    assert not at.text
