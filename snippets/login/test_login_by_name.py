"""login_by_name.py alone, with AppTest: two sessions of one process
share the dict, so a second user with the same name reads the first
one's note under the name key, and a renamed user finds theirs only
under the sub key. `at.user` stands in for the logins.

Put login_by_name.py beside this file, or one folder up if this file
is in tests/, and run pytest."""

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "login_by_name.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def empty_dict():
    st.cache_resource.clear()  # a new server process


def session(sub, name):
    """A new session of a logged-in user (a tab, a browser)."""
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = {"is_logged_in": True, "sub": sub, "name": name}
    at.run()
    assert not at.exception
    return at


def add(at, note):
    at.text_input(key="login_byname_note").input(note)
    at.button(key="login_byname_add").click().run()
    assert not at.exception
    return at


def shown(at):
    by_name, by_sub = (t.value for t in at.text)
    return by_name, by_sub


def test_a_second_user_with_the_same_name_reads_the_first_ones_note():
    add(session("sub-1", "Sam Lee"), "my bank PIN hint")
    other = session("sub-2", "Sam Lee")
    assert shown(other) == ("- my bank PIN hint", "(none)")


def test_a_renamed_user_keeps_their_notes_only_under_sub():
    add(session("sub-1", "Sam Lee"), "dentist on Friday")
    renamed = session("sub-1", "Sam Lee-Park")
    assert shown(renamed) == ("(none)", "- dentist on Friday")


def test_the_note_field_is_emptied_after_adding():
    at = add(session("sub-1", "Sam Lee"), "milk")
    assert at.text_input(key="login_byname_note").value == ""


def test_logged_out_is_told_to_log_in():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = {"is_logged_in": False}
    at.run()
    assert at.info[0].value.startswith("Log in to keep notes")
