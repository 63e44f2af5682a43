"""login_carry.py alone, with AppTest: a new session whose URL holds
the draft (a reload) gets it back, logged in. `at.user` stands in
for the login done in the other tab. The browser writes the draft
into the URL and follows the redirect, so those need a browser.

Put login_carry.py beside this file, or one folder up if this file
is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "login_carry.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def session(user, query=None):
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.user = user
    at.query_params.update(query or {})
    at.run()
    assert not at.exception
    return at


def test_a_reload_with_that_url_brings_it_back_logged_in():
    at = session(
        {"is_logged_in": True, "sub": "u-1"},
        {"login_carry": "buy milk"},
    )
    assert at.text_input(key="login_carry").value == "buy milk"
    assert at.success[0].value == "Logged in as u-1, draft kept."


def test_the_new_tab_without_auth_secrets_says_so():
    at = session({"is_logged_in": False}, {"login_start": "1"})
    assert at.error[0].value == (
        "Login is not set up here: StreamlitAuthError."
    )
