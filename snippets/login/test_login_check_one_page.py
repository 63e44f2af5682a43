"""login_check_one_page.py alone, with AppTest: a new session
opened on the members' page by its link shows the price list though
nobody logged in, because only the home page checks. `at.user`
stands in for the identity cookie.

Put login_check_one_page.py beside this file, or one folder up if this
file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "login_check_one_page.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
PRICES = "**Members' price list:** 42 € a seat."


def session(page=None):
    """A new, logged-out session; `page` is in its URL."""
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = {"is_logged_in": False}
    if page:
        at.query_params["login_page"] = page
    at.run()
    assert not at.exception
    return at


def test_the_home_page_stops_a_logged_out_visitor():
    at = session()
    assert at.warning[0].value == "Members only: log in first."
    assert PRICES not in [m.value for m in at.markdown]


def test_a_link_to_the_members_page_skips_the_check():
    at = session("Members")
    assert [m.value for m in at.markdown] == [PRICES]
    assert not at.warning
