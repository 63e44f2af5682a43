"""login_basics.py alone, with AppTest. AppTest cannot follow a login
redirect: `at.user` stands in for what the identity cookie would
give a new session. The redirect itself needs a browser and a
provider.

Put login_basics.py beside this file, or one folder up if this file
is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "login_basics.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
ANN = {"is_logged_in": True, "sub": "u-1", "name": "Ann"}


def app(user=None, secrets=None):
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    if user is not None:
        at.user = user
    if secrets is not None:
        at.secrets = secrets
    at.run()
    assert not at.exception
    return at


def test_logged_out_shows_the_login_button():
    at = app({"is_logged_in": False})
    assert at.info[0].value.startswith("Not logged in")
    assert at.button(key="login_login").label == "Log in"


def test_log_in_without_auth_secrets_says_what_is_missing():
    at = app({"is_logged_in": False})
    at.button(key="login_login").click().run()
    assert not at.exception
    assert at.error[0].value.startswith("Login is not set up here")


def test_an_incomplete_auth_section_never_shows_its_secrets():
    secret = "do-not-show-this-client-secret"
    at = app(secrets={"auth": {"client_secret": secret}})
    at.button(key="login_login").click().run()
    assert "StreamlitAuthError" in at.error[0].value
    shown = [e.value for e in (*at.error, *at.markdown, *at.info)]
    assert not any(secret in str(value) for value in shown)


def test_logged_in_shows_the_user_and_logout_clears_it():
    at = app(ANN)
    assert at.success[0].value == "Logged in as Ann"
    assert at.json[0].value == (
        '{"is_logged_in": "True", "sub": "u-1", "name": "Ann"}'
    )
    at.button(key="login_logout").click().run()
    assert at.user == {"is_logged_in": False}
    at.run()  # a browser is redirected; the next run is logged out
    assert at.info[0].value.startswith("Not logged in")


def test_clicks_count_in_session_state():
    at = app({"is_logged_in": False})
    at.button(key="login_count").click().run()
    at.button(key="login_count").click().run()
    assert at.session_state["login_clicks"] == 2
    assert at.markdown[0].value == "Clicks in this session: 2"
