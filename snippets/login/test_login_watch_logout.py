"""login_watch_logout.py alone, with AppTest: with the watch on, each
run of its fragment counts one check, and the first run after a
logout in another session shows the warning and takes the watch
away. `at.user` stands in for the login. The timer that reruns the
fragment without a click needs a browser.

Put login_watch_logout.py beside this file, or one folder up if this
file is in tests/, and run pytest."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "login_watch_logout.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
GONE = "You logged out in another tab. Reload this one."


@pytest.fixture(autouse=True)
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DURABLE_STATE_DIR", str(tmp_path))


def session(sub="sub-ann"):
    """A new session of a logged-in user (a tab)."""
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = {"is_logged_in": True, "sub": sub}
    at.run()
    assert not at.exception
    return at


def watch_on(at):
    at.toggle(key="login_watch").set_value(True).run()
    assert not at.exception
    return at


def test_logged_out_is_told_what_to_do():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = {"is_logged_in": False}
    at.run()
    assert at.info[0].value.startswith("Log in, open a second tab")


def test_the_watch_is_off_until_turned_on_and_then_counts_checks():
    at = session()
    assert not at.caption
    watch_on(at)
    assert at.caption[0].value == "Checks in this tab: 1"
    at.run()
    assert at.caption[0].value == "Checks in this tab: 2"


def test_a_logout_in_another_tab_is_seen_and_stops_the_watch():
    kept, other = watch_on(session()), session()
    other.button(key="login_watch_out").click().run()
    assert other.user == {"is_logged_in": False}
    kept.run()
    assert kept.warning[0].value == GONE
    assert not kept.toggle and not kept.caption


def test_another_users_logout_is_not_seen():
    kept, other = watch_on(session("sub-ann")), session("sub-bob")
    other.button(key="login_watch_out").click().run()
    kept.run()
    assert not kept.warning
    assert kept.caption[0].value == "Checks in this tab: 2"
