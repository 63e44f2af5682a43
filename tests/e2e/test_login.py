"""The login lesson against a real OpenID Connect provider: oidc-provider-mock and an app whose
`[auth]` secrets point at it (ops/login_provider.py), both on free loopback ports for this module.

What only a browser shows: the login and logout redirects end in new sessions on the app's root
URL, two logged-in browsers at once keep their data apart, another tab keeps the old `st.user`
until it reloads (and notices the logout without a click when its fragment polls), a draft comes
back through a login in another tab, the shared cache hands one user's data to another, and the
identity cookie is HttpOnly.
"""

from __future__ import annotations

import importlib.util
import os
import re
import tomllib
from collections.abc import Iterator

import pytest
from playwright.sync_api import WebSocket, expect

from ops.login_provider import LoginProvider, app_with_login

from .conftest import ARTIFACTS, IN_CI, SERVER_START_TIMEOUT
from .streamlit_page import StreamlitPage, catalog_lesson, is_run_end, keyed, open_tab

# Its module-scoped servers start once: under xdist every test of the module runs on one worker.
pytestmark = pytest.mark.xdist_group("login")

LOGIN = catalog_lesson("login")
# The watch's interval, as its snippet sets it: `EVERY = 5`.
EVERY = int(re.search(r"^EVERY = (\d+)", LOGIN.snippet("login_watch_logout.py").path.read_text(
    encoding="utf-8"), re.MULTILINE).group(1))  # fmt: skip


SECRETS_DIR = "login-secrets"
SERVER_LOG = ARTIFACTS / "login-server.log"


@pytest.fixture(scope="module")
def secrets_folder(tmp_path_factory):
    """Where the app's secrets.toml is written (outside the project)."""
    return tmp_path_factory.mktemp(SECRETS_DIR)


@pytest.fixture(scope="module")
def login_app(secrets_folder) -> Iterator[str]:
    """The provider and `streamlit run Home.py` with login; yields the app's URL."""
    if not all(importlib.util.find_spec(name) for name in ("authlib", "oidc_provider_mock")):
        if IN_CI:
            pytest.fail("CI=true but the auth extra is missing: .ci/run installs it")
        pytest.skip("the auth extra is missing: pip install -e '.[auth]'")
    ARTIFACTS.mkdir(exist_ok=True)
    provider = LoginProvider(log_path=ARTIFACTS / "login-provider.log").start()
    store = {**os.environ, "DURABLE_STATE_DIR": str(secrets_folder / "store")}  # a fresh one
    server = app_with_login(provider, secrets_folder, log_path=SERVER_LOG, env=store)
    try:
        server.start()
        server.wait_ready(SERVER_START_TIMEOUT)
        yield server.url
    finally:
        server.stop()
        provider.stop()


@pytest.fixture
def browser_of(browser, login_app) -> Iterator:
    """Open another browser (its own cookies) on the login app; returns its first tab. The
    contexts are closed after the test."""
    contexts = []

    def _open() -> StreamlitPage:
        context = browser.new_context(base_url=login_app, viewport={"width": 1280, "height": 900})
        contexts.append(context)
        return StreamlitPage(context.new_page())

    yield _open
    for context in contexts:
        context.close()


def new_tab(app: StreamlitPage) -> StreamlitPage:
    """A second tab of the same browser (same cookies), on the lesson."""
    tab = StreamlitPage(app.page.context.new_page())
    tab.open_lesson(LOGIN)
    return tab


def log_in(app: StreamlitPage, who: str, root: str, *, offered: bool = False) -> None:
    """Click Log in, then on the provider's form type `who`, or click its button when the form
    offers that user (`offered`); wait until back on the app's root."""
    keyed(app.main, "login_login").get_by_role("button").click()
    if offered:
        app.page.get_by_role("button", name=who, exact=True).click()
    else:
        app.page.locator("input[name=sub]").fill(who)
        app.page.get_by_role("button", name="Authorize").click()
    app.page.wait_for_url(root + "/")
    app.wait_until_idle()


def assert_clean(app: StreamlitPage, root: str) -> None:
    """The app's own checks, leaving out what the provider's pages logged (they load a
    stylesheet from the internet, which a loopback-only machine cannot reach)."""
    app.console_errors[:] = [error for error in app.console_errors if f"({root}/" in error]
    app.assert_clean()


def clicks(app: StreamlitPage) -> str:
    return app.main.get_by_text(re.compile(r"^Clicks in this session: \d+$")).inner_text()


def test_login_is_a_new_session_on_the_root_url_with_an_httponly_cookie(browser_of, login_app):
    app = browser_of()
    app.open_lesson(LOGIN, "?draft=1")
    expect(
        app.main.get_by_text("Not logged in: st.user.is_logged_in is False.", exact=True)
    ).to_be_visible()
    app.enter_text(app.main.get_by_label("A note typed in this session"), "buy milk")
    app.click(keyed(app.main, "login_count").get_by_role("button"))
    assert clicks(app) == "Clicks in this session: 1"

    documents: list[str] = []
    app.page.on(
        "request", lambda r: documents.append(r.url) if r.resource_type == "document" else None
    )
    log_in(app, "alice", login_app, offered=True)
    assert app.page.url == login_app + "/"  # the root, without the lesson or its query string
    paths = [url.split("?")[0].removeprefix(login_app) for url in documents]
    assert paths[0] == "/auth/login" and "/oauth2callback" in paths and paths[-1] == "/"
    app.open_lesson(LOGIN)
    expect(app.main.get_by_text("Logged in as Alice Example", exact=True)).to_be_visible()
    fields = app.main.get_by_test_id("stJson").first.inner_text()
    assert '"sub":"alice"' in fields and '"email":"alice@example.test"' in fields, fields
    assert clicks(app) == "Clicks in this session: 0"
    expect(app.main.get_by_label("A note typed in this session")).to_have_value("")

    cookies = {c["name"]: c for c in app.page.context.cookies(login_app)}
    assert cookies["_streamlit_user"]["httpOnly"] is True
    assert app.page.evaluate("document.cookie").find("_streamlit_user") == -1
    assert_clean(app, login_app)


def test_a_draft_in_the_url_of_a_tab_that_did_not_log_in_comes_back_after_a_reload(
    browser_of, login_app
):
    app = browser_of()
    app.open_lesson(LOGIN)
    panel = open_tab(app, "Keep a draft")
    app.enter_text(panel.get_by_label("Draft (kept in this tab's URL)"), "buy milk")
    app.page.wait_for_url(re.compile(r"[?&]login_carry=buy(\+|%20)milk"))
    with app.page.context.expect_page() as opened:
        panel.get_by_role("link", name="Log in in a new tab").click()
    other = StreamlitPage(opened.value)
    other.page.locator("input[name=sub]").fill("erin")
    other.page.get_by_role("button", name="Authorize").click()
    other.page.wait_for_url(login_app + "/")
    # This tab's session started before the login: its st.user is still logged out.
    app.click(keyed(app.main, "login_count").get_by_role("button"))
    expect(panel.get_by_role("link", name="Log in in a new tab")).to_be_visible()
    app.reload()
    panel = open_tab(app, "Keep a draft")
    expect(panel.get_by_text("Logged in as erin, draft kept.")).to_be_visible()
    expect(panel.get_by_label("Draft (kept in this tab's URL)")).to_have_value("buy milk")
    assert_clean(app, login_app)


def test_a_draft_in_the_store_comes_back_by_its_token_after_a_login_in_a_new_tab(
    browser_of, login_app
):
    app = browser_of()
    app.open_lesson(LOGIN)
    panel = open_tab(app, "Draft in a database")
    app.enter_text(panel.get_by_label("Draft (saved in the store)"), "dear Ann, about Friday")
    app.page.wait_for_url(re.compile(r"[?&]login_draft=[A-Za-z0-9_-]{43}(&|$)"))
    assert "Friday" not in app.page.url  # only the token is in the URL
    with app.page.context.expect_page() as opened:
        panel.get_by_role("link", name="Log in in a new tab").click()
    other = StreamlitPage(opened.value)
    other.page.locator("input[name=sub]").fill("gina")
    other.page.get_by_role("button", name="Authorize").click()
    other.page.wait_for_url(login_app + "/")
    app.reload()
    panel = open_tab(app, "Draft in a database")
    back = "Logged in as gina. The draft came back from the store."
    expect(panel.get_by_text(back)).to_be_visible()
    expect(panel.get_by_label("Draft (saved in the store)")).to_have_value("dear Ann, about Friday")
    assert_clean(app, login_app)


def add_note(app: StreamlitPage, note: str) -> None:
    panel = open_tab(app, "Notes per user")
    app.enter_text(panel.get_by_label("New note"), note)
    app.click(keyed(panel, "login_add").get_by_role("button"))


def notes(app: StreamlitPage) -> str:
    panel = open_tab(app, "Notes per user")
    box = keyed(panel, "_demo_login_per_user").get_by_test_id("stText")
    return box.inner_text()


def test_two_users_at_once_keep_their_notes_apart_and_a_second_tab_sees_them(browser_of, login_app):
    ann, bob = browser_of(), browser_of()
    for app, who in ((ann, "ann-2"), (bob, "bob-2")):
        app.open_lesson(LOGIN)
        log_in(app, who, login_app)
        app.open_lesson(LOGIN)
    add_note(ann, "ann's plan")
    add_note(bob, "bob's plan")
    assert notes(ann) == "- ann's plan"
    assert notes(bob) == "- bob's plan"
    assert notes(new_tab(ann)) == "- ann's plan"
    assert_clean(ann, login_app)
    assert_clean(bob, login_app)


def test_logout_starts_an_empty_session_and_the_other_tab_keeps_the_user_until_reload(
    browser_of, login_app
):
    first = browser_of()
    first.open_lesson(LOGIN)
    log_in(first, "carol", login_app)
    first.open_lesson(LOGIN)
    other = new_tab(first)
    expect(other.main.get_by_text("Logged in as carol", exact=True)).to_be_visible()
    first.click(keyed(first.main, "login_count").get_by_role("button"))
    assert clicks(first) == "Clicks in this session: 1"

    panel = open_tab(first, "Notes per user")
    keyed(panel, "login_out_all").get_by_role("button").click()
    first.page.get_by_role("button", name="End session").click()  # the provider's logout page
    first.page.wait_for_url(login_app + "/")
    assert "_streamlit_user" not in {c["name"] for c in first.page.context.cookies(login_app)}
    first.open_lesson(LOGIN)
    expect(
        first.main.get_by_text("Not logged in: st.user.is_logged_in is False.", exact=True)
    ).to_be_visible()
    assert clicks(first) == "Clicks in this session: 0"

    # The other tab's session still has carol in st.user after a rerun...
    other.click(keyed(other.main, "login_count").get_by_role("button"))
    expect(other.main.get_by_text("Logged in as carol", exact=True)).to_be_visible()
    # ...and the per-user demo noticed the logout in the database on that rerun.
    warning = open_tab(other, "Notes per user").get_by_text(
        "You logged out in another tab. Reload this one."
    )
    expect(warning).to_be_visible()
    other.reload()
    expect(
        other.main.get_by_text("Not logged in: st.user.is_logged_in is False.", exact=True)
    ).to_be_visible()
    assert_clean(first, login_app)


def test_with_the_watch_on_the_other_tab_notices_a_logout_within_one_interval(
    browser_of, login_app
):
    first = browser_of()
    first.open_lesson(LOGIN)
    log_in(first, "hana", login_app)
    first.open_lesson(LOGIN)
    other = StreamlitPage(first.page.context.new_page())  # a second tab of the same browser
    runs_ended: list[bool] = []  # the end of every script run, a fragment's too

    def on_socket(socket: WebSocket) -> None:
        socket.on("framereceived", lambda p: runs_ended.append(True) if is_run_end(p) else None)

    other.page.on("websocket", on_socket)
    other.open_lesson(LOGIN)
    loads: list[str] = []
    other.page.on(
        "request", lambda r: loads.append(r.url) if r.resource_type == "document" else None
    )
    watch = open_tab(other, "Notice a logout")
    other.click(keyed(watch, "login_watch").get_by_text("Watch for a logout in another tab"))
    expect(watch.get_by_text("Checks in this tab: 1", exact=True)).to_be_visible()
    # The fragment's timer reruns it with nobody clicking.
    expect(watch.get_by_text("Checks in this tab: 2", exact=True)).to_be_visible(
        timeout=(EVERY + 5) * 1000
    )

    panel = open_tab(first, "Notice a logout")
    # The click writes the logout, then redirects this tab.
    keyed(panel, "login_watch_out").get_by_role("button").click()
    warning = watch.get_by_text("You logged out in another tab. Reload this one.")
    expect(warning).to_be_visible(timeout=(EVERY + 3) * 1000)  # one interval, plus the run
    expect(keyed(watch, "login_watch")).to_have_count(0)
    assert loads == []  # no reload: the same page, the same session
    other.wait_until_idle()
    seen = len(runs_ended)
    other.page.wait_for_timeout(EVERY * 1500)  # one and a half periods, to see nothing happen
    assert len(runs_ended) == seen  # the timer stopped
    first.page.get_by_role("button", name="End session").click()
    first.page.wait_for_url(login_app + "/")
    assert_clean(other, login_app)


def cache_lines(app: StreamlitPage) -> tuple[str, str]:
    panel = open_tab(app, "Caches and the user")
    wrong = panel.get_by_text(re.compile(r"^Without the user in the key: ")).inner_text()
    right = panel.get_by_text(re.compile(r"^With the user in the key: ")).inner_text()
    return wrong, right


def test_a_cache_without_the_user_serves_one_users_orders_to_another(browser_of, login_app):
    ann, bob = browser_of(), browser_of()
    for app, who in ((ann, "ann-4"), (bob, "bob-4")):
        app.open_lesson(LOGIN)
        log_in(app, who, login_app)
        app.open_lesson(LOGIN)
    ann_wrong, ann_right = cache_lines(ann)
    bob_wrong, bob_right = cache_lines(bob)
    assert ann_right == "With the user in the key: orders of ann-4"
    assert bob_right == "With the user in the key: orders of bob-4"
    # Whoever called first filled the shared entry; bob is handed the same, not his own.
    assert bob_wrong == ann_wrong
    assert bob_wrong != "Without the user in the key: orders of bob-4"
    assert_clean(bob, login_app)


def test_the_auth_secrets_reach_neither_the_page_nor_the_log(browser_of, login_app, secrets_folder):
    auth = tomllib.loads((secrets_folder / "secrets.toml").read_text(encoding="utf-8"))["auth"]
    app = browser_of()
    app.open_lesson(LOGIN)
    log_in(app, "dave", login_app)
    app.open_lesson(LOGIN)
    expect(app.main.get_by_text("Logged in as dave", exact=True)).to_be_visible()
    shown, log = app.page.content(), SERVER_LOG.read_text(encoding="utf-8")
    for name in ("client_secret", "cookie_secret"):
        assert auth[name] not in shown and auth[name] not in log, name
    assert_clean(app, login_app)
