"""Test for cache_vs_state_counters.py: put it beside this file, or
one folder up if this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "cache_vs_state_counters.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
MINE = "Your clicks (session state)"
EVERYONE = "Everyone's clicks (cache_resource)"


@pytest.fixture(autouse=True)
def empty_caches():
    # Caches live in the test process and outlive an AppTest.
    st.cache_resource.clear()


def metric(at, label):
    return int(next(m.value for m in at.metric if m.label == label))


def click(at):
    at.button(key="cache_click").click().run()


def test_one_counter_per_session_one_for_everybody():
    a = AppTest.from_file(SNIPPET, default_timeout=30).run()
    b = AppTest.from_file(SNIPPET, default_timeout=30).run()
    click(a)
    click(a)
    click(b)
    assert a.session_state["cache_my_clicks"] == 2
    assert b.session_state["cache_my_clicks"] == 1
    assert (metric(b, MINE), metric(b, EVERYONE)) == (1, 3)


def test_clearing_the_cache_leaves_session_state_alone():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    click(at)
    at.button(key="cache_clear_clicks").click().run()
    assert metric(at, EVERYONE) == 0
    assert metric(at, MINE) == 1
