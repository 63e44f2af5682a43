"""shared_state_caches.py: cache_resource is one object for every
session, cache_data is shared but hands out copies, session state is
per session.

Put shared_state_caches.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "shared_state_caches.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def fresh_caches():
    st.cache_resource.clear()
    st.cache_data.clear()
    yield
    st.cache_resource.clear()
    st.cache_data.clear()


def places(at):
    lines = [t.value for t in at.text]
    return {
        "session": lines[0:2],
        "resource": lines[2:4],
        "data": lines[4:6],
    }


def test_what_a_second_session_sees_after_the_first_one_adds():
    alice = AppTest.from_file(SNIPPET, default_timeout=30).run()
    alice.button(key="shared_cache_add").click().run()
    me = alice.session_state["shared_tab"]
    mine = places(alice)
    assert mine["session"] == [f"this tab: {me}", me]
    assert mine["resource"][1] == me
    assert mine["data"][1] == "(empty)"  # the append changed a copy
    bob = AppTest.from_file(SNIPPET, default_timeout=30).run()
    theirs = places(bob)
    assert theirs["session"][1] == "(empty)"
    # The same object with the same list; the same cached value.
    assert theirs["resource"] == mine["resource"]
    assert theirs["data"] == mine["data"]


def test_the_shared_list_is_capped_and_reset_for_everyone():
    alice = AppTest.from_file(SNIPPET, default_timeout=30).run()
    for _ in range(10):
        alice.button(key="shared_cache_add").click().run()
    assert alice.button(key="shared_cache_add").disabled
    bob = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert bob.button(key="shared_cache_add").disabled
    bob.button(key="shared_cache_reset").click().run()
    alice.run()
    assert not alice.button(key="shared_cache_add").disabled
    assert places(alice)["resource"][1] == "(empty)"
