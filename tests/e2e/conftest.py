"""Harness for the browser suite: one `streamlit run Home.py` per test session, Debian's
Chromium driven by pytest-playwright, each test on a new page of the worker's browser context
(cleared after each test; `context`), or in a fresh context where a test asks for one.

Without /usr/bin/chromium the tests skip locally; with CI=true a missing Chromium fails them.
Every browser context only talks to 127.0.0.1: a request to any other host fails the test that
made it (the app must work offline).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Request, expect
from pytest_playwright.pytest_playwright import CreateContextCallback

from app.paths import ROOT
from ops.chromium import CHROMIUM, CHROMIUM_ARGS
from ops.streamlit_server import StreamlitServer

from .streamlit_page import StreamlitPage

E2E_DIR = Path(__file__).resolve().parent
ARTIFACTS = E2E_DIR / "artifacts"
IN_CI = os.environ.get("CI", "").lower() == "true"
SERVER_START_TIMEOUT = 60.0
# Assertions retry for up to 20 s: the machine running the suite may be busy.
expect.set_options(timeout=20_000)
LOOPBACK = "127.0.0.1"
# Under pytest-xdist each worker starts its own server; its log gets the worker's name.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
SERVER_LOG = ARTIFACTS / f"streamlit-server-{WORKER}.log"
# Requests to other hosts since the last test's end, recorded by every browser context.
OUTSIDE_REQUESTS: list[str] = []


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/e2e as `e2e`; skip them locally when Chromium is missing."""
    skip = pytest.mark.skip(reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    for item in items:
        if E2E_DIR not in Path(item.path).parents:
            continue
        item.add_marker(pytest.mark.e2e)
        if not CHROMIUM.exists() and not IN_CI:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    if not CHROMIUM.exists():
        # Only reached with CI=true: locally the tests were skipped at collection.
        pytest.fail(f"CI=true but {CHROMIUM} is missing: .ci/run installs Debian's chromium")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


def _record_outside(request: Request) -> None:
    parts = urlsplit(request.url)
    if parts.scheme in ("http", "https", "ws", "wss") and parts.hostname != LOOPBACK:
        OUTSIDE_REQUESTS.append(request.url)


@pytest.fixture(scope="session", autouse=True)
def _every_context_watches_its_requests() -> Iterator[None]:
    """Every browser context any test or fixture opens (pytest-playwright's or its own
    `browser.new_context`) records requests that leave 127.0.0.1."""
    original = Browser.new_context

    def new_context(self: Browser, *args: object, **kwargs: object) -> BrowserContext:
        context = original(self, *args, **kwargs)  # type: ignore[arg-type]
        context.on("request", _record_outside)
        return context

    Browser.new_context = new_context  # type: ignore[method-assign]
    try:
        yield
    finally:
        Browser.new_context = original  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _only_loopback_requests() -> Iterator[None]:
    """Fail the test if its browser (or a fixture's, set up for it) asked a host other than
    127.0.0.1 for anything: a favicon, a font, a script."""
    yield
    outside, OUTSIDE_REQUESTS[:] = list(OUTSIDE_REQUESTS), []
    if outside:
        pytest.fail(f"requests to hosts other than {LOOPBACK}: {sorted(set(outside))}")


@pytest.fixture(scope="session")
def streamlit_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`streamlit run Home.py` on a free loopback port (output in SERVER_LOG); yields its URL.

    Its durable store is a folder of this test session alone, so parallel workers' servers
    never share a SQLite file and the checkout stays clean."""
    ARTIFACTS.mkdir(exist_ok=True)
    store = tmp_path_factory.mktemp("durable_state")
    server = StreamlitServer(
        ROOT / "Home.py",
        log_path=SERVER_LOG,
        env={**os.environ, "DURABLE_STATE_DIR": str(store), "SURVIVE_DB": str(store / "s.db")},
    )
    try:
        server.start()
        try:
            server.wait_ready(SERVER_START_TIMEOUT)
        except (TimeoutError, RuntimeError) as exc:
            pytest.fail(f"streamlit did not start: {exc}")
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def base_url(streamlit_server: str) -> str:
    """pytest-playwright gives every browser context this base URL, so tests goto("/slug")."""
    return streamlit_server


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}}


# Storage a page can leave behind in its context, cleared after every test (not the HTTP cache).
_PAGE_STORAGE = "local_storage,session_storage,indexeddb,service_workers,cache_storage,file_systems"


@pytest.fixture(scope="session")
def _shared_context(browser: Browser, browser_context_args: dict) -> Iterator[BrowserContext]:
    """One browser context for the worker's tests, each on a new page in it: a page opened in
    a fresh context fetches and compiles Streamlit's frontend again, the costliest part of a
    test. What a test leaves besides that cache is cleared after it (`context`)."""
    context = browser.new_context(**browser_context_args)
    yield context
    context.close()


def _clear_after_test(context: BrowserContext, origins: set[str]) -> None:
    """Close the test's pages and clear its cookies, permissions and every origin's storage,
    so the next test's page starts as in a fresh context, its cache aside."""
    blank = context.new_page()
    cdp = context.new_cdp_session(blank)
    for origin in origins:
        cdp.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": _PAGE_STORAGE})
    cdp.detach()
    for page in context.pages:
        page.close()
    context.clear_cookies()
    context.clear_permissions()


@pytest.fixture
def context(
    request: pytest.FixtureRequest,
    new_context: CreateContextCallback,
    _shared_context: BrowserContext,
) -> Iterator[BrowserContext]:
    """The test's browser context: the worker's shared one, or a fresh one where its
    `browser_context_args` marker asks for more than permissions (a phone's screen)."""
    marker = next(request.node.iter_markers("browser_context_args"), None)
    extra = dict(marker.kwargs) if marker else {}
    permissions = extra.pop("permissions", [])
    if extra:
        yield new_context()
        return
    origins: set[str] = set()

    def visited(page_request: Request) -> None:
        parts = urlsplit(page_request.url)
        if parts.scheme in ("http", "https"):
            origins.add(f"{parts.scheme}://{parts.netloc}")

    _shared_context.on("request", visited)
    if permissions:
        _shared_context.grant_permissions(permissions)
    try:
        yield _shared_context
    finally:
        _shared_context.remove_listener("request", visited)
        _clear_after_test(_shared_context, origins)


@pytest.fixture
def app(page: Page) -> StreamlitPage:
    """The test's page, watched for console errors, page errors and dialogs."""
    return StreamlitPage(page)


@pytest.fixture
def open_app(new_context) -> Iterator:
    """Open another learner: a new browser context (its own cookies, its own session)."""

    def _open() -> StreamlitPage:
        context: BrowserContext = new_context()
        return StreamlitPage(context.new_page())

    yield _open
