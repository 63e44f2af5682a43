"""Test for cache_vs_state_copies.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "cache_vs_state_copies.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def empty_caches():
    # Caches live in the test process and outlive an AppTest.
    st.cache_data.clear()
    st.cache_resource.clear()


def shown(at):
    return [m.value for m in at.markdown]


def test_cache_data_hands_out_copies():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="cache_append").click().run()
    lines = shown(at)
    assert "`st.cache_data` now returns `['APAC', 'EMEA']`" in lines
    assert "Same object on every call: False" in lines
    grown = "['APAC', 'EMEA', 'LATAM']"
    assert f"`st.cache_resource` now returns `{grown}`" in lines
    assert "Same object on every call: True" in lines


def test_cache_resource_is_one_object_for_every_session():
    a = AppTest.from_file(SNIPPET, default_timeout=30).run()
    a.button(key="cache_append").click().run()
    b = AppTest.from_file(SNIPPET, default_timeout=30).run()
    grown = "['APAC', 'EMEA', 'LATAM']"
    assert f"`st.cache_resource` now returns `{grown}`" in shown(b)
    b.button(key="cache_reset_regions").click().run()
    assert "`st.cache_resource` now returns `['APAC', 'EMEA']`" in (
        shown(b)
    )
