"""login_check_every_run.py alone, with AppTest: the check runs
before any page, so a link to the members' page shows the price
list to a logged-in user only. `at.user` stands in for the identity
cookie.

Put login_check_every_run.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "login_check_every_run.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
PRICES = "**Members' price list:** 42 € a seat."


def session(user, page=None):
    """A new session; `page` is in its URL."""
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = user
    if page:
        at.query_params["login_guard"] = page
    at.run()
    assert not at.exception
    return at


def test_a_link_to_the_members_page_is_refused_when_logged_out():
    at = session({"is_logged_in": False}, "Members")
    assert at.warning[0].value == "Members only: log in first."
    assert PRICES not in [m.value for m in at.markdown]


def test_a_logged_in_member_reads_it():
    at = session({"is_logged_in": True, "sub": "u-1"}, "Members")
    assert [m.value for m in at.markdown] == [PRICES]


def test_switching_pages_in_one_session_checks_again():
    at = session({"is_logged_in": False})
    assert at.markdown[0].value.startswith("Welcome.")
    at.segmented_control(key="login_guard").set_value("Members").run()
    assert at.warning[0].value == "Members only: log in first."
