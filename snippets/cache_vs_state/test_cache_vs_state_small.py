"""Test for cache_vs_state_small.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "cache_vs_state_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def empty_caches():
    # Caches live in the test process and outlive an AppTest.
    st.cache_resource.clear()


def click(at):
    return at.button(key="cache_small_click").click().run()


def shown(at):
    return [(m.label, m.value) for m in at.metric]


def test_one_counter_per_session_one_for_everybody():
    a = AppTest.from_file(SNIPPET, default_timeout=30).run()
    b = AppTest.from_file(SNIPPET, default_timeout=30).run()
    click(click(a))
    click(b)
    assert shown(b) == [
        ("Your clicks", "1"),
        ("Everyone's clicks", "3"),
    ]
    assert a.session_state["cache_small_mine"] == 2
