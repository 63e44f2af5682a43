"""login_per_user.py alone, with AppTest: notes are kept per
st.user.sub, two users never see each other's, the same user in a
new session sees theirs, and a logout reaches the user's other
sessions on their next rerun. `at.user` stands in for the login.

Put login_per_user.py beside this file, or one folder up if this
file is in tests/, and run pytest."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "login_per_user.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DURABLE_STATE_DIR", str(tmp_path))


def session(sub, name="Same Name"):
    """A new session of a logged-in user (a tab, a browser)."""
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = {"is_logged_in": True, "sub": sub, "name": name}
    at.run()
    assert not at.exception
    return at


def add(at, note):
    at.text_input(key="login_note").input(note)
    return at.button(key="login_add").click().run()


def notes(at):
    return at.text[0].value


def test_logged_out_sees_no_notes():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = {"is_logged_in": False}
    at.run()
    assert at.info[0].value.startswith("Log in to see your notes")


def test_two_users_with_one_name_are_kept_apart():
    ann, bob = session("sub-ann"), session("sub-bob")
    add(ann, "ann's secret")
    add(bob, "bob's plan")
    assert notes(ann.run()) == "- ann's secret"
    assert notes(bob.run()) == "- bob's plan"


def test_the_same_user_in_a_new_session_sees_their_notes():
    add(session("sub-ann"), "milk")
    assert notes(session("sub-ann")) == "- milk"


def test_a_logout_reaches_the_other_session_on_its_next_rerun():
    tab_a, tab_b = session("sub-ann"), session("sub-ann")
    tab_a.button(key="login_out_all").click().run()
    assert tab_a.user == {"is_logged_in": False}
    assert notes(tab_b) == "(none)"  # drawn before the logout
    tab_b.run()
    assert tab_b.warning[0].value.startswith("You logged out")
