"""Login lesson: what the page adds around its snippets when login is not set up, and that an
`[auth]` section's values never reach the page. The redirects are proven in
tests/e2e/test_login.py against a real provider."""

from __future__ import annotations

from conftest import HOME, TIMEOUT, lesson, links_to_lesson, texts
from streamlit.testing.v1 import AppTest

from app.catalog.search import search_lessons

CLIENT_SECRET = "client-secret-that-must-not-show"
COOKIE_SECRET = "cookie-secret-that-must-not-show"
INSTALL_BLOCK = '```bash\npython -m pip install -e ".[auth]" && python -m ops.login_provider\n```'


def open_page(secrets: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT)
    if secrets is not None:
        at.secrets = secrets
    at.run()
    at.switch_page(lesson("login").page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def log_in(at: AppTest) -> AppTest:
    at.button(key="login_login").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_without_login_the_page_says_what_to_run_and_log_in_explains():
    at = open_page()
    assert "Login is not set up on this server" in texts(at)
    # A code block of its own, not a code span that wraps inside the sentence.
    assert INSTALL_BLOCK in texts(at)
    log_in(at)
    assert at.error[0].value.startswith("Login is not set up here: StreamlitAuthError.")


def test_auth_secrets_never_reach_the_page():
    at = open_page({"auth": {"client_secret": CLIENT_SECRET, "cookie_secret": COOKIE_SECRET}})
    assert "Login is not set up on this server" not in texts(at)
    log_in(at)  # no redirect_uri: Streamlit refuses, the snippet says so
    assert at.error[0].value.startswith("Login is not set up here: StreamlitAuthError.")
    shown = texts(at) + "".join(str(j.value) for j in at.json) + str(at.session_state)
    assert CLIENT_SECRET not in shown and COOKIE_SECRET not in shown


def test_links_to_the_stores_that_outlive_a_session():
    at = open_page()
    assert links_to_lesson(at, "durable-state")
    assert links_to_lesson(at, "reload")


def test_search_finds_the_lesson_by_its_api():
    for query in ("st.login", "st.logout", "is_logged_in", "OIDC"):
        assert search_lessons(query)[0].slug == "login", query
