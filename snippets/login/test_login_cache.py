"""login_cache.py alone, with AppTest: two sessions of one process
share st.cache_data, so the function without the user in its key
hands the first user's data to the second. `at.user` stands in for
the two logins.

Put login_cache.py beside this file, or one folder up if this file
is in tests/, and run pytest."""

from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "login_cache.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def lines_for(sub):
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = {"is_logged_in": True, "sub": sub}
    at.run()
    assert not at.exception
    return [m.value for m in at.markdown]


def test_the_second_user_gets_the_first_users_data():
    st.cache_data.clear()
    lines_for("ann")
    assert lines_for("bob") == [
        "You are **bob**.",
        "Without the user in the key: orders of ann",
        "With the user in the key: orders of bob",
    ]


def test_logged_out_is_told_to_log_in():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = {"is_logged_in": False}
    at.run()
    assert at.info[0].value.startswith("Log in to see")
