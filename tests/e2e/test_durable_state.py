"""Durable state in a real browser: a reload keeps the list through the token in the URL, bad
links get a message, two tabs with one token conflict, and two `streamlit run` servers share
one store (SQLite, and PostgreSQL from tests/pg.py) while each keeps its own sessions.

The two-server test performs the steps of app/lesson_parts/two_servers.py, which the lesson shows as
its table: a step that shows something else fails the test.
"""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from playwright.sync_api import Locator, expect

from app.lesson_parts.two_servers import STEPS
from app.paths import snippet_path
from ops.streamlit_server import StreamlitServer

from .learner import durable_list, show_durable_store
from .streamlit_page import ARTIFACTS, IDLE, StreamlitPage, catalog_lesson

# Its module-scoped servers start once: under xdist every test of the module runs on one worker.
pytestmark = pytest.mark.xdist_group("durable_state")

LESSON = catalog_lesson("durable-state")

# The servers of the restart and scale-out tests run the lesson's store demo alone, as a
# learner who copied it would: `streamlit run snippets/durable_state/durable_state_store.py`.
STORE_APP = snippet_path("durable_state_store.py")
COLD_START_MS = 180_000
TOKEN_IN_URL = re.compile(r"[?&]durable_token=([A-Za-z0-9_-]{43})(&|$)")


@pytest.fixture(scope="module", autouse=True)
def warm_server(browser, base_url) -> None:
    """Open the lesson once before the tests: a server's first run of this page imports
    SQLAlchemy and opens the database, which on a busy machine can outlast the 20 s the page
    helpers allow for an action."""
    context = browser.new_context(base_url=base_url)
    try:
        page = context.new_page()
        page.goto(f"/{LESSON.slug}")
        page.wait_for_selector(IDLE, state="attached", timeout=COLD_START_MS)
    finally:
        context.close()


def open_cold(app: StreamlitPage, url: str) -> None:
    """Open `url` on a server that has not run this page yet (see warm_server)."""
    app.page.goto(url)
    app.page.wait_for_selector(IDLE, state="attached", timeout=COLD_START_MS)


def open_lesson(app: StreamlitPage) -> None:
    """The lesson by URL, settled (its parts in tabs are not all visible, so no frame check)."""
    app.open(LESSON.slug)
    expect(app.main.get_by_role("heading", level=1)).to_have_text(LESSON.title)
    show_durable_store(app)


def expect_items(app: StreamlitPage, items: tuple[str, ...] | list[str]) -> None:
    expected = "\n".join(f"- {item}" for item in items) or "(empty)"
    expect(durable_list(app)).to_have_text(expected)


def expect_added(app: StreamlitPage, n: int) -> None:
    caption = f"Added in this session (session state only): {n}"
    expect(app.main.get_by_text(caption, exact=True)).to_be_visible()


def add(app: StreamlitPage, item: str) -> None:
    """Type the item (unless a refused save left it in the box already) and click Add."""
    field = app.page.locator(".st-key-durable_item input")
    if field.input_value() != item:  # Enter on an unchanged value sends nothing
        app.enter_text(field, item)
    app.click(app.page.locator(".st-key-durable_add button"))


def notices(app: StreamlitPage) -> Locator:
    return app.main.get_by_test_id("stAlert")


def token_of(app: StreamlitPage) -> str:
    match = TOKEN_IN_URL.search(app.page.url)
    assert match, f"no token in {app.page.url}"
    return match[1]


def test_a_reload_keeps_the_list_through_the_token_in_the_url(app):
    open_lesson(app)
    expect_items(app, [])
    add(app, "milk")
    add(app, "eggs")
    expect(app.page).to_have_url(TOKEN_IN_URL)
    expect_added(app, 2)
    app.reload()
    show_durable_store(app)
    expect_items(app, ["milk", "eggs"])
    expect_added(app, 0)  # a new session: session state started over
    expect(notices(app)).to_have_count(0)
    app.assert_clean()


@pytest.mark.parametrize(
    ("token", "message"),
    [
        ("not-a-token", "This link's token is not valid, so nothing was loaded."),
        ("A" * 43, "No saved list belongs to this link"),
        ("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "This link's token is not valid"),
    ],
    ids=["malformed", "unknown", "markup"],
)
def test_a_bad_link_shows_a_message_and_an_empty_list(app, token, message):
    app.open(f"{LESSON.slug}?durable_token={token}")
    show_durable_store(app)
    expect(notices(app)).to_contain_text(message)
    expect_items(app, [])
    expect(app.page).not_to_have_url(re.compile("durable_token"))
    add(app, "fresh")  # the next save gets a token the app issued
    assert token_of(app) != token
    app.assert_clean()


def test_two_tabs_with_one_token_the_stale_one_is_told_to_reload(app):
    open_lesson(app)
    add(app, "milk")
    second = StreamlitPage(app.page.context.new_page())
    second.page.goto(app.page.url)
    second.wait_until_idle()
    show_durable_store(second)
    expect_items(second, ["milk"])
    add(second, "eggs")
    add(app, "bread")  # this tab still holds the list without eggs
    expect(notices(app)).to_contain_text(
        "Not saved: this list was changed elsewhere (another tab, device or server)"
    )
    expect_items(app, ["milk"])
    expect(app.page.locator(".st-key-durable_item input")).to_have_value("bread")
    app.click(app.page.locator(".st-key-durable_reload button"))
    expect_items(app, ["milk", "eggs"])
    app.click(app.page.locator(".st-key-durable_add button"))
    expect_items(app, ["milk", "eggs", "bread"])
    second.reload()
    show_durable_store(second)
    expect_items(second, ["milk", "eggs", "bread"])
    app.assert_clean()
    second.assert_clean()


def test_the_share_link_opens_the_page_without_my_list(app, open_app):
    open_lesson(app)
    add(app, "private")
    share = app.main.get_by_test_id("stCode").filter(has_text="http").first.inner_text().strip()
    assert "durable_token" not in share and share.endswith(f"/{LESSON.slug}")
    friend = open_app()
    friend.page.goto(share)
    friend.wait_until_idle()
    show_durable_store(friend)
    expect_items(friend, [])
    expect(notices(friend)).to_have_count(0)
    friend.assert_clean()


def test_forget_me_then_the_old_link_opens_nothing(app, open_app):
    open_lesson(app)
    add(app, "milk")
    old_link = app.page.url
    app.click(app.page.locator(".st-key-durable_forget button"))
    expect(notices(app)).to_contain_text("Forgotten: your row is deleted from the store")
    expect(app.page).not_to_have_url(re.compile("durable_token"))
    other = open_app()
    other.page.goto(old_link)
    other.wait_until_idle()
    show_durable_store(other)
    expect(notices(other)).to_contain_text("No saved list belongs to this link")
    expect_items(other, [])
    other.assert_clean()


def test_leaving_the_page_and_coming_back_keeps_the_token_in_the_url(app):
    open_lesson(app)
    add(app, "milk")
    token = token_of(app)
    app.click(app.main.get_by_role("link", name=catalog_lesson("reload").title))
    expect(app.main.get_by_role("heading", level=1)).to_have_text(catalog_lesson("reload").title)
    # A page switch drops the lesson's query string (the snippet puts the token back).
    expect(app.page).not_to_have_url(re.compile("durable_token"))
    with app.rerun():
        app.page.go_back()
    show_durable_store(app)
    expect_items(app, ["milk"])
    expect(app.page).to_have_url(re.compile(rf"durable_token={token}"))
    app.reload()
    show_durable_store(app)
    expect_items(app, ["milk"])
    app.assert_clean()


def test_a_server_restart_loses_sessions_but_the_reloaded_page_finds_the_list(
    open_app, tmp_path, monkeypatch
):
    monkeypatch.setenv("DURABLE_STATE_DIR", str(tmp_path / "store"))
    ARTIFACTS.mkdir(exist_ok=True)
    first = StreamlitServer(STORE_APP, log_path=ARTIFACTS / "durable-restart-1.log")
    second = StreamlitServer(STORE_APP, log_path=ARTIFACTS / "durable-restart-2.log")
    second.port = first.port  # the same address, a new process
    app = open_app()
    try:
        with first:
            open_cold(app, first.url)
            add(app, "milk")
            expect_added(app, 1)
        with second:
            open_cold(app, app.page.url)  # the learner reloads the page
            # While no server answered, the old page logged its failed reconnects (delivered
            # by now): expected here. Anything logged from now on is a real error.
            app.console_errors.clear()
            expect_items(app, ["milk"])
            expect_added(app, 0)  # the old session died with the old process
            add(app, "eggs")
            expect_items(app, ["milk", "eggs"])
            app.assert_clean()
    finally:
        first.stop()
        second.stop()


# Two servers, one store -----------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_store(request, tmp_path, monkeypatch) -> tuple[str, list[str]]:
    """(SQLAlchemy URL, extra `streamlit run` args) of one store both servers use."""
    if request.param == "sqlite":
        folder = tmp_path / "store"
        monkeypatch.setenv("DURABLE_STATE_DIR", str(folder))  # the servers inherit it
        return f"sqlite:///{folder / 'state.db'}", []
    url = request.getfixturevalue("pg_url")
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f'[connections.durable]\nurl = "{url}"\n', encoding="utf-8")
    return url, ["--secrets.files", str(secrets)]


def test_two_servers_share_the_store_but_not_their_sessions(shared_store, open_app, request):
    url, args = shared_store
    engine = request.node.callspec.params["shared_store"]
    ARTIFACTS.mkdir(exist_ok=True)
    servers = {
        name: StreamlitServer(
            STORE_APP,
            log_path=ARTIFACTS / f"durable-server-{name}-{engine}.log",
            extra_args=args,
        )
        for name in "AB"
    }
    try:
        for server in servers.values():
            server.start()
        for server in servers.values():
            server.wait_ready()
        assert servers["A"].port != servers["B"].port
        pages = {name: open_app() for name in servers}
        token = None
        for step in STEPS:
            app = pages[step.server]
            if step.action == "open":
                query = f"?durable_token={token}" if token else ""
                open_cold(app, f"{servers[step.server].url}/{query}")
            elif step.action == "add":
                add(app, step.item)
            else:
                app.click(app.page.locator(".st-key-durable_reload button"))
            token = token or (token_of(app) if step.items else None)
            expect_items(app, step.items)
            expect_added(app, step.added)
            if step.notice:
                expect(notices(app)).to_contain_text(step.notice)
            else:
                expect(notices(app)).to_have_count(0)
        for app in pages.values():
            app.assert_clean()
    finally:
        for server in servers.values():
            server.stop()
    # Both servers wrote to this one store (not to a default file of their own).
    store = sa.create_engine(url)
    try:
        with store.connect() as connection:
            data = connection.execute(
                sa.text("SELECT data FROM durable_state WHERE token = :t"), {"t": token}
            ).scalar_one()
    finally:
        store.dispose()
    assert f'"items": {list(STEPS[-1].items)}'.replace("'", '"') in data
