"""What survives what, cell by cell, with every event a browser is needed for performed for real
in Chromium (the rerun and hide columns are proven in-process, in tests/test_what_survives.py).

The expected matrix is app/lesson_parts/survival.py, the data the lesson's table is drawn from: one
test per event (column) checks all nine stores. The tests own their servers: the lesson server
sits behind a loopback TCP proxy, so a test can drop the browser's connection for real, restart
the server process on the same port, or send the connection to a second server (a replica with
the same URL paths and the same SQLite file) behind the same address.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from google.protobuf.message import DecodeError
from playwright.sync_api import Browser, BrowserContext, Page, WebSocket, expect
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from app.catalog import lesson_by_slug
from app.lesson_parts.survival import EVENTS, KEPT, RESENT, STORES, column
from ops.streamlit_server import ROOT, StreamlitServer

from .streamlit_page import IDLE, StreamlitPage
from .tcp_proxy import TcpProxy, tcp_proxy

# Its module-scoped servers start once: under xdist every test of the module runs on one worker.
pytestmark = pytest.mark.xdist_group("what_survives")

LESSON = lesson_by_slug("what-survives")
assert LESSON is not None
READOUT_WIDTH = 24  # the snippet's f"{where:<24}{value}"
STORE_BUTTON = "Store a new value everywhere"
NEW_SESSION_WARNING = re.compile(r"^New session: the server restarted")
VIEWPORT = {"width": 1280, "height": 900}
PROBE_TTL = 4  # seconds: server.disconnectedSessionTTL of the probe server
OUTAGES = {"ws_drop", "restart", "replica"}
OUTAGE_ERROR = re.compile(
    r"^(Failed to load resource: net::ERR_(EMPTY_RESPONSE|SOCKET_NOT_CONNECTED|CONNECTION_"
    r"(REFUSED|RESET|CLOSED)) \(http://127\.0\.0\.1:\d+/_stcore/(health|host-config)\)"
    r"|Client Error in reaching server endpoint - No response received when attempting to "
    r"reach /_stcore/health \(|Streamlit server is not responding\. )"
)
# Two CPU cores shared with other work: waits here are generous, the assertions are exact.
SLOW_MS = 60_000


# Servers and browser pages ----------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def _patient_assertions() -> Iterator[None]:
    """Restarts and second servers load this machine more than a click does: this module's
    assertions retry for longer, then the suite's 10 s (tests/e2e/conftest.py) is restored."""
    expect.set_options(timeout=SLOW_MS)
    try:
        yield
    finally:
        expect.set_options(timeout=10_000)


@dataclass
class Servers:
    lesson: StreamlitServer
    proxy: TcpProxy
    db: Path
    log_dir: Path


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """Home.py behind a TCP proxy; the snippet's SQLite store in a throwaway file."""
    folder = tmp_path_factory.mktemp("what-survives")
    with pytest.MonkeyPatch.context() as env:
        # Every server started in this module (restarts and the replica too) inherits it.
        env.setenv("SURVIVE_DB", str(folder / "store.sqlite3"))
        lesson = StreamlitServer(ROOT / "Home.py", log_path=folder / "lesson.log").start()
        try:
            lesson.wait_ready()
            proxy = TcpProxy(lesson.port).start()
            try:
                yield Servers(lesson, proxy, folder / "store.sqlite3", folder)
            finally:
                proxy.stop()
        finally:
            lesson.stop()


@dataclass
class Learner:
    """A Chromium page on the proxy's address, with the session ids the server announced."""

    app: StreamlitPage
    context: BrowserContext
    session_ids: list[str] = field(default_factory=list)
    sockets: list[WebSocket] = field(default_factory=list)
    extra_contexts: list[BrowserContext] = field(default_factory=list)
    cleanups: list[Callable[[], None]] = field(default_factory=list)

    @property
    def session_id(self) -> str:
        assert self.session_ids, "no script run has been announced yet"
        return self.session_ids[-1]


def watch_sessions(learner: Learner) -> None:
    """Record each WebSocket and the session id of every run (NewSession.initialize)."""

    def on_socket(socket: WebSocket) -> None:
        learner.sockets.append(socket)
        socket.on("framereceived", on_frame)

    def on_frame(payload: str | bytes) -> None:
        if isinstance(payload, str):
            return
        try:
            message = ForwardMsg.FromString(payload)
        except DecodeError:
            return
        if message.WhichOneof("type") == "new_session":
            learner.session_ids.append(message.new_session.initialize.session_id)

    learner.app.page.on("websocket", on_socket)


def wait_idle(page: Page) -> None:
    """Connected and not running, polled on a timer rather than on animation frames, which a
    busy or background tab may not run."""
    page.wait_for_function(f"() => document.querySelector({IDLE!r}) !== null", polling=200)


def open_learner(browser: Browser, base_url: str, path: str = LESSON.slug) -> Learner:
    context = browser.new_context(base_url=base_url, viewport=VIEWPORT)
    page = context.new_page()
    page.bring_to_front()  # Playwright's waits need animation frames: a visible tab
    found = Learner(StreamlitPage(page), context)
    page.set_default_timeout(SLOW_MS)
    watch_sessions(found)
    page.goto(f"/{path}")
    wait_idle(page)
    if path:
        found.app.expect_lesson_frame(LESSON)
    return found


@pytest.fixture(scope="module")
def shared_learner(browser: Browser, servers: Servers) -> Iterator[Learner]:
    """One page for the whole module: every test stores a fresh value first, and a page load
    costs more than most events."""
    found = open_learner(browser, servers.proxy.url)
    try:
        yield found
    finally:
        found.context.close()


@pytest.fixture
def learner(shared_learner: Learner) -> Iterator[Learner]:
    """The shared page, on the lesson, with nothing left over from the previous test."""
    app = shared_learner.app
    app.page.bring_to_front()
    app.console_errors.clear()
    if LESSON.slug not in app.page.url:
        app.open(LESSON.slug)
    app.expect_lesson_frame(LESSON)
    try:
        yield shared_learner
    finally:
        for cleanup in reversed(shared_learner.cleanups):
            cleanup()
        shared_learner.cleanups.clear()
        for other in shared_learner.extra_contexts:
            other.close()
        shared_learner.extra_contexts.clear()
        for page in shared_learner.context.pages[1:]:
            page.close()


# What the learner does and reads ----------------------------------------------------------


def readout(app: StreamlitPage) -> dict[str, str]:
    """The stores demo's list: store label -> value ("—" when that place has nothing)."""
    block = app.main.get_by_test_id("stCode").filter(has_text=re.compile(r"^plain key"))
    text = block.inner_text()
    return {
        line[:READOUT_WIDTH].strip(): line[READOUT_WIDTH:].strip()
        for line in text.splitlines()
        if line.strip()
    }


def store_a_value(learner: Learner) -> str:
    """Press the demo's button; every store then holds the same new value."""
    before = readout(learner.app).get("durable store")
    learner.app.click(learner.app.button(STORE_BUTTON))
    values = readout(learner.app)
    assert set(values) == {store.readout for store in STORES}, values
    assert len(set(values.values())) == 1, values
    value = values["durable store"]
    assert re.fullmatch(r"[0-9a-f]{4}", value) and value != before, values
    return value


def rerun(app: StreamlitPage) -> None:
    app.click(app.button("Rerun"))


def mismatches(found: dict[str, str], value: str, event: str) -> list[str]:
    """Cells of `event`'s column where the readout disagrees with the expected matrix."""
    wrong = []
    for store in STORES:
        outcome, shown = column(event)[store.id], found[store.readout]
        came_back = shown == value
        if came_back != (outcome in (KEPT, RESENT)):
            wrong.append(f"{store.id}: expected {outcome}, the page shows {shown!r}")
    return wrong


def expect_column(learner: Learner, value: str, event: str) -> None:
    wrong = mismatches(readout(learner.app), value, event)
    assert not wrong, f"{event}: " + "; ".join(wrong)


def wait_for_reconnect(learner: Learner, sockets_before: int, timeout: float = 60) -> None:
    """Until the page has opened a new WebSocket and is connected and idle again."""
    deadline = time.monotonic() + timeout
    while len(learner.sockets) <= sockets_before:
        assert time.monotonic() < deadline, "the browser did not reconnect"
        learner.app.page.wait_for_timeout(100)
    learner.app.wait_until_idle()


def expect_no_message(learner: Learner) -> None:
    """Nothing tells the learner that anything happened: no alert, no dialog."""
    expect(learner.app.main.get_by_test_id("stAlert")).to_have_count(0)
    expect(learner.app.page.get_by_role("dialog")).to_have_count(0)


# The page itself --------------------------------------------------------------------------


def test_a_new_visitor_sees_nothing_of_their_own_in_the_stores(browser, servers):
    # The page's height and its first demo in sight: tests/e2e/test_learner_view.py.
    visitor = open_learner(browser, servers.proxy.url)
    try:
        app = visitor.app
        # A new visitor has nothing of their own yet (the readout is live, not canned); only
        # the two process-wide caches may hold what other visitors stored.
        shown = readout(app)
        shared = {"cache_data", "cache_resource"}
        assert {shown[s.readout] for s in STORES if s.readout not in shared} == {"—"}
        app.assert_clean()
    finally:
        visitor.context.close()


def test_the_token_lives_in_the_url_and_a_bad_one_is_replaced(learner):
    app = learner.app
    value = store_a_value(learner)
    token = re.search(r"survive_token=([\w-]{22})", app.page.url)
    assert token, app.page.url
    # The address typed again without its query string: a new session with a new token, so
    # neither the bound widget nor the database row come back.
    app.open(LESSON.slug)
    fresh = re.search(r"survive_token=([\w-]{22})", app.page.url)
    assert fresh and fresh[1] != token[1], app.page.url
    shown = readout(app)
    assert shown['bind="query-params"'] == shown["durable store"] == "—"
    assert shown["cache_data"] == value  # the process-wide cache is still there
    # A malformed token is replaced by a fresh one, with no error.
    app.open(f"{LESSON.slug}?survive_token=%3Cscript%3E")
    assert re.search(r"survive_token=[\w-]{22}(&|$)", app.page.url), app.page.url
    assert "script" not in app.page.url
    app.assert_clean()


# One test per column of the matrix --------------------------------------------------------
#
# Each action performs one event for real, after a value was stored everywhere, and returns
# the page whose readout shows what came back. Event-specific facts are asserted inside.

Action = Callable[[Learner, Servers, Browser], StreamlitPage]


def do_page_switch(learner: Learner, servers: Servers, browser: Browser) -> StreamlitPage:
    app = learner.app
    session = learner.session_id
    app.click(app.main.get_by_role("link", name="Go to the other page"))
    expect(app.main.get_by_role("heading", level=1)).to_have_text("The other page")
    # The switch cleared the query string: the token is back only because the snippet keeps
    # a copy in session state.
    assert app.page.url.endswith("/what-survives-other"), app.page.url
    app.click(app.main.get_by_role("link", name="Back to the lesson"))
    app.expect_lesson_frame(LESSON)
    assert learner.session_id == session, "a page switch stays in the same session"
    return app


def do_back(learner: Learner, servers: Servers, browser: Browser) -> StreamlitPage:
    """The page link to the other page, then the browser's Back button (history)."""
    app = learner.app
    session, lesson_url = learner.session_id, app.page.url
    app.click(app.main.get_by_role("link", name="Go to the other page"))
    expect(app.main.get_by_role("heading", level=1)).to_have_text("The other page")
    with app.rerun():
        app.page.go_back()
    app.expect_lesson_frame(LESSON)
    assert learner.session_id == session, "Back stays in the same session"
    # History brings back an address without the bound widget's parameter.
    assert "survive_url=" in lesson_url and "survive_url=" not in app.page.url, app.page.url
    return app


def do_drop(learner: Learner, servers: Servers, browser: Browser) -> StreamlitPage:
    session = learner.session_id
    sockets = len(learner.sockets)
    assert servers.proxy.cut() >= 1, "the page had no open connection to cut"
    wait_for_reconnect(learner, sockets)
    rerun(learner.app)
    assert learner.session_id == session, "the browser came back to its old session"
    return learner.app


def do_reload(learner: Learner, servers: Servers, browser: Browser) -> StreamlitPage:
    url, session = learner.app.page.url, learner.session_id
    learner.app.reload()
    assert learner.app.page.url == url, "a reload keeps the address and its query string"
    assert learner.session_id != session
    # A new session, but its first run was not a click: the demo has nothing to warn about.
    expect(learner.app.main.get_by_test_id("stAlert")).to_have_count(0)
    return learner.app


def do_reload_link(learner: Learner, servers: Servers, browser: Browser) -> StreamlitPage:
    app = learner.app
    url, session = app.page.url, learner.session_id
    with app.page.expect_navigation():
        app.page.get_by_role("link", name="Reload this page").click()
    app.wait_until_idle()
    assert app.page.url == url and learner.session_id != session
    return app


def in_front(page: Page, url: str) -> StreamlitPage:
    # A background tab runs no animation frames, which Playwright's waiting relies on.
    page.bring_to_front()
    tab = StreamlitPage(page)
    page.set_default_timeout(SLOW_MS)
    wait_idle(page)
    assert page.url == url
    return tab


def do_new_tab_link(learner: Learner, servers: Servers, browser: Browser) -> StreamlitPage:
    """The lesson's link: the same URL in a second tab of the same browser profile."""
    url = learner.app.page.url
    with learner.context.expect_page() as opened:
        learner.app.page.get_by_role("link", name="Open it in a new tab").click()
    return in_front(opened.value, url)


def do_other_browser(learner: Learner, servers: Servers, browser: Browser) -> StreamlitPage:
    """The same URL in another browser profile (no shared cookies or storage)."""
    url = learner.app.page.url
    context = browser.new_context(base_url=servers.proxy.url, viewport=VIEWPORT)
    learner.extra_contexts.append(context)
    page = context.new_page()
    page.goto(url)
    return in_front(page, url)


def do_restart(learner: Learner, servers: Servers, browser: Browser) -> StreamlitPage:
    """After a restart the open page keeps the old values, with no message,
    until the next click runs in a new, empty session; the demo then says so."""
    app = learner.app
    session, stale, sockets = learner.session_id, readout(app), len(learner.sockets)
    servers.lesson.stop()
    servers.lesson.start()  # the same port: the browser reconnects to the same address
    servers.lesson.wait_ready()
    wait_for_reconnect(learner, sockets)
    assert readout(app) == stale, "without a click the page still shows the old values"
    expect_no_message(learner)
    rerun(app)
    assert learner.session_id != session
    expect(app.main.get_by_test_id("stAlert")).to_have_text(NEW_SESSION_WARNING)
    return app


def do_replica(learner: Learner, servers: Servers, browser: Browser) -> StreamlitPage:
    """No sticky sessions: the reconnect lands on a second server with the same URL paths
    and the same SQLite file, behind the same address."""
    app = learner.app
    session, stale, sockets = learner.session_id, readout(app), len(learner.sockets)
    replica = StreamlitServer(ROOT / "Home.py", log_path=servers.log_dir / "replica.log")

    def back_to_the_lesson_server() -> None:
        sockets = len(learner.sockets)
        servers.proxy.retarget(servers.lesson.port)
        replica.stop()  # drops the page's connection: it reconnects to the first server
        wait_for_reconnect(learner, sockets)

    learner.cleanups.append(back_to_the_lesson_server)
    replica.start().wait_ready()
    servers.proxy.retarget(replica.port)
    servers.proxy.cut()
    wait_for_reconnect(learner, sockets)
    assert readout(app) == stale
    expect_no_message(learner)
    rerun(app)
    assert learner.session_id != session
    assert app.page.url.startswith(f"{servers.proxy.url}/{LESSON.slug}?")
    expect(app.main.get_by_test_id("stAlert")).to_have_text(NEW_SESSION_WARNING)
    return app


ACTIONS: dict[str, dict[str, Action]] = {
    "page_switch": {"page links there and back": do_page_switch},
    "back": {"page link there, browser Back": do_back},
    "ws_drop": {"connection cut at the proxy": do_drop},
    "reload": {"browser reload": do_reload, "reload link": do_reload_link},
    "new_tab": {"new-tab link": do_new_tab_link, "same URL, other browser": do_other_browser},
    "restart": {"stop and start on the same port": do_restart},
    "replica": {"reconnect lands on a second server": do_replica},
}
# A rerun and a run without the widgets happen inside one session, as AppTest runs them:
# tests/test_what_survives.py proves those two columns in-process.
IN_PROCESS = {"rerun", "hide"}
# Every other event of the matrix data, with every way the test performs it (a KeyError here
# means an event was added to app/lesson_parts/survival.py without a test).
CASES = [
    (event.id, how) for event in EVENTS if event.id not in IN_PROCESS for how in ACTIONS[event.id]
]


@pytest.mark.parametrize(("event", "how"), CASES, ids=[f"{e}: {h}" for e, h in CASES])
def test_what_survives(learner, servers, browser, event, how):
    value = store_a_value(learner)
    shown_on = ACTIONS[event][how](learner, servers, browser)
    wrong = mismatches(readout(shown_on), value, event)
    assert not wrong, f"{event} ({how}): " + "; ".join(wrong)
    if event == "new_tab":
        # The first tab keeps its own session: its next run still has everything.
        learner.app.page.bring_to_front()
        rerun(learner.app)
        assert not mismatches(readout(learner.app), value, "rerun")
    if event in OUTAGES:
        # The browser logs each failed health check while the server is out of reach.
        learner.app.console_errors[:] = [
            error for error in learner.app.console_errors if not OUTAGE_ERROR.search(error)
        ]
    learner.app.assert_clean()


# A dropped connection, more closely: session-scoped caches and the reconnect window --------


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[StreamlitServer, TcpProxy]]:
    """apps/session_probe.py with a short server.disconnectedSessionTTL, behind a proxy."""
    log = tmp_path_factory.mktemp("session-probe") / "probe.log"
    server = StreamlitServer(
        Path(__file__).with_name("apps") / "session_probe.py",
        log_path=log,
        extra_args=["--server.disconnectedSessionTTL", str(PROBE_TTL)],
    )
    with server, tcp_proxy(server.port) as proxy:
        yield server, proxy


@pytest.fixture
def prober(browser: Browser, probe) -> Iterator[Learner]:
    _, proxy = probe
    found = open_learner(browser, proxy.url, path="")
    try:
        yield found
    finally:
        found.context.close()


def probe_lines(app: StreamlitPage) -> list[str]:
    return app.main.get_by_test_id("stCode").inner_text().splitlines()


def test_a_drop_within_the_ttl_keeps_state_but_releases_session_scoped_caches(prober, probe):
    _, proxy = probe
    app = prober.app
    app.click(app.button("Click"))
    lines = probe_lines(app)
    assert lines[0] == "clicks: 1"
    first = re.fullmatch(r"uses: (resource \d+)", lines[1])
    assert first, lines
    session, sockets = prober.session_id, len(prober.sockets)
    proxy.cut()
    wait_for_reconnect(prober, sockets)
    app.click(app.button("Click"))
    lines = probe_lines(app)
    assert prober.session_id == session
    assert lines[0] == "clicks: 2", "the same session, its state intact"
    # The disconnect emptied the session's cache: on_release ran, the next run made another.
    second = re.fullmatch(r"uses: (resource \d+)", lines[1])
    assert second and second[1] != first[1], lines
    assert lines[-2:] == [f"released {first[1]}", f"made {second[1]}"]


def test_a_drop_longer_than_the_ttl_ends_the_session(prober, probe):
    _, proxy = probe
    app = prober.app
    app.click(app.button("Click"))
    app.click(app.button("Click"))
    assert probe_lines(app)[0] == "clicks: 2"
    session, sockets = prober.session_id, len(prober.sockets)
    with proxy.blocked():
        time.sleep(PROBE_TTL + 3)
    wait_for_reconnect(prober, sockets)
    app.click(app.button("Click"))
    assert prober.session_id != session
    assert probe_lines(app)[0] == "clicks: 1", "a new session: the old state is gone"
