"""The deploy/ recipe in a real browser: two `streamlit run Home.py` processes behind nginx with
sticky sessions, the durable store on a throwaway PostgreSQL cluster (tests/pg.py).

Which process served a request is read from nginx's access log (deploy/nginx.conf.template
logs each request's route cookie and upstream), so the app shows no debugging aid. Shown here:
- a learner stays on one process: clicks, page switches, an upload (Streamlit refuses an
  upload that reaches a process without the session) and a reconnect after a dropped
  connection all reach the process that holds the session, and its state is kept;
- new browsers are spread over both processes, and two learners on different processes each
  keep their own state;
- the durable store is shared: what a learner on one process saves, a learner on the other
  process sees, and *Reload* brings the other's change back (the durable-state lesson's
  "More than one server" tab).

Without nginx the tests skip locally; with CI=true they fail (.ci/run installs nginx).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator

import pytest
from pg import create_database
from playwright.sync_api import Browser, BrowserContext, WebSocket, expect

from ops.nginx_deployment import ROUTE_COOKIE, Deployment, find_nginx

from .learner import durable_list, expect_count, increment, show_durable_store
from .streamlit_page import ARTIFACTS, IDLE, StreamlitPage, catalog_lesson
from .tcp_proxy import TcpProxy, tcp_proxy

# Its module-scoped servers start once: under xdist every test of the module runs on one worker.
pytestmark = pytest.mark.xdist_group("scale_out")

IN_CI = os.environ.get("CI", "").lower() == "true"
QUICK_START = catalog_lesson("quick-start")
UPLOADS = catalog_lesson("uploads")
DURABLE = catalog_lesson("durable-state")
VIEWPORT = {"width": 1280, "height": 900}
# A new browser lands on either process by its random route cookie: this many new browsers
# all landing on one process would mean the balancing does not work (chance 2**-19 if fair).
MAX_NEW_BROWSERS = 20
FIRST_RUN_MS = 120_000  # a process's first run of a page imports its modules


@pytest.fixture(scope="module")
def deployment(pg_cluster) -> Iterator[Deployment]:
    if find_nginx() is None:
        message = "no nginx (apt-get install nginx)"
        if IN_CI:
            pytest.fail(f"CI=true but {message}: .ci/run installs it")
        pytest.skip(message)
    with Deployment(2, database_url=create_database(pg_cluster)) as running:
        try:
            warm_up(running)
            yield running
        finally:
            ARTIFACTS.mkdir(exist_ok=True)
            for log in running.folder.glob("*.log"):
                (ARTIFACTS / f"scale-out-{log.name}").write_bytes(log.read_bytes())


def warm_up(running: Deployment) -> None:
    """Both processes import the pages the tests use (straight to each process, not nginx)."""
    from ops.ws_client import ProtocolSession

    for server in running.servers:
        for slug in (QUICK_START.slug, UPLOADS.slug, DURABLE.slug):
            ProtocolSession(server.url, slug).open(FIRST_RUN_MS / 1000).close()


def route(context: BrowserContext) -> str:
    cookies = [c["value"] for c in context.cookies() if c["name"] == ROUTE_COOKIE]
    assert len(cookies) == 1, f"route cookies: {cookies}"
    return cookies[0]


def upstreams(running: Deployment, route_id: str) -> set[str]:
    return {r.upstream for r in running.nginx.routed() if r.route == route_id}


def wait_for_logged(running: Deployment, route_id: str, path: str, count: int) -> None:
    """A WebSocket is logged when it closes: wait (bounded) until `count` requests to `path`
    of this browser are in the log."""
    deadline = time.monotonic() + 15
    while True:
        found = [
            r for r in running.nginx.routed() if r.route == route_id and r.path.startswith(path)
        ]
        if len(found) >= count:
            return
        assert time.monotonic() < deadline, f"{route_id}: {len(found)} of {count} {path} logged"
        time.sleep(0.1)


def new_learner(browser: Browser, base_url: str) -> tuple[BrowserContext, str]:
    """A new browser profile that has asked nginx once (so it holds its route cookie)."""
    context = browser.new_context(base_url=base_url, viewport=VIEWPORT)
    response = context.request.get("/_stcore/health")
    assert response.ok
    return context, route(context)


def process_of(running: Deployment, route_id: str) -> set[str]:
    """The processes that served this browser so far (nginx logs a request just after
    answering it: wait for the line)."""
    wait_for_logged(running, route_id, "/", 1)
    return upstreams(running, route_id)


def learners_on_both_processes(
    browser: Browser, running: Deployment
) -> tuple[BrowserContext, BrowserContext]:
    """Two learners that nginx put on different processes: new browsers arrive until one
    lands on the other process than the first. Every other one is closed."""
    first, first_route = new_learner(browser, running.url)
    (first_process,) = process_of(running, first_route)
    for _ in range(MAX_NEW_BROWSERS):
        second, second_route = new_learner(browser, running.url)
        if process_of(running, second_route) != {first_process}:
            return first, second
        second.close()
    first.close()
    raise AssertionError(f"{MAX_NEW_BROWSERS + 1} new browsers all landed on {first_process}")


def open_page(context: BrowserContext, slug: str) -> StreamlitPage:
    app = StreamlitPage(context.new_page())
    app.page.goto(f"/{slug}")
    app.page.wait_for_selector(IDLE, state="attached", timeout=FIRST_RUN_MS)
    return app


def test_a_learner_stays_on_its_process_across_clicks_pages_uploads_and_reconnects(
    deployment, browser, tmp_path
):
    sockets: list[WebSocket] = []
    with tcp_proxy(deployment.nginx.port) as network:  # the learner's network, to cut it
        context = browser.new_context(base_url=network.url, viewport=VIEWPORT)
        try:
            app = open_page(context, QUICK_START.slug)
            app.page.on("websocket", lambda socket: sockets.append(socket))
            learner_route = route(context)
            increment(app, 3)
            expect_count(app, 3)
            app.expect_inspector("count", "3")

            # Another lesson, with an upload: the file goes over HTTP to the process named in
            # the URL's session id; any other process answers 400 and the page shows an error.
            app.go_to_page_in_menu(UPLOADS)
            csv = tmp_path / "sales.csv"
            csv.write_bytes(b"region,sales\nEMEA,10\nAPAC,20\n")
            uploader = app.main.get_by_test_id("stFileUploader").filter(
                has=app.page.get_by_text("CSV file", exact=True)
            )
            with app.rerun():
                uploader.locator("input[type=file]").set_input_files(csv)
            expect(app.main.get_by_text("Loaded: sales.csv", exact=True)).to_be_visible()
            app.expect_inspector("upl_name", "'sales.csv'")

            app.go_to_page_in_menu(QUICK_START)
            expect_count(app, 3)
            app.expect_inspector("count", "3")

            reconnect_and_click(app, network, sockets)
            expect_count(app, 4)  # a new session would show 1
            app.expect_inspector("count", "4")
            app.assert_clean()
        finally:
            context.close()
    wait_for_logged(deployment, learner_route, "/_stcore/stream", 2)
    records = [r for r in deployment.nginx.routed() if r.route == learner_route]
    uploads = [r for r in records if r.path.startswith("/_stcore/upload_file/")]
    assert uploads and all(r.status == 204 for r in uploads), uploads
    assert len({r.upstream for r in records}) == 1, records


def reconnect_and_click(app: StreamlitPage, network: TcpProxy, sockets: list[WebSocket]) -> None:
    """Drop the learner's connections, wait for the page's new WebSocket, click Increment."""
    before = len(sockets)
    assert network.cut() >= 1, "the page had no open connection to cut"
    deadline = time.monotonic() + 60
    while len(sockets) <= before:
        assert time.monotonic() < deadline, "the page did not reconnect"
        app.page.wait_for_timeout(100)
    app.wait_until_idle()
    # The cut connection's failure was logged by the page: expected; later errors are not.
    app.console_errors.clear()
    increment(app, 1)


def test_new_browsers_are_spread_over_both_processes_and_keep_their_own_state(deployment, browser):
    one, two = learners_on_both_processes(browser, deployment)
    try:
        first, second = open_page(one, QUICK_START.slug), open_page(two, QUICK_START.slug)
        increment(first, 2)
        increment(second, 1)
        expect_count(first, 2)
        expect_count(second, 1)
        first.expect_inspector("count", "2")
        second.expect_inspector("count", "1")
        routes = route(one), route(two)
        first.assert_clean()
        second.assert_clean()
    finally:
        one.close()
        two.close()
    for route_id in routes:
        wait_for_logged(deployment, route_id, "/_stcore/stream", 1)
    served = [upstreams(deployment, route_id) for route_id in routes]
    assert all(len(s) == 1 for s in served), served
    assert served[0] != served[1], served
    assert set().union(*served) == set(deployment.upstream_names())


def add_item(app: StreamlitPage, item: str) -> None:
    app.enter_text(app.page.locator(".st-key-durable_item input"), item)
    app.click(app.page.locator(".st-key-durable_add button"))


def test_the_durable_store_is_shared_by_both_processes(deployment, browser):
    one, two = learners_on_both_processes(browser, deployment)
    try:
        first = open_page(one, DURABLE.slug)
        show_durable_store(first)
        add_item(first, "milk")
        expect(first.page).to_have_url(re.compile(r"durable_token="))
        second = open_page(two, DURABLE.slug + "?" + first.page.url.split("?", 1)[1])
        show_durable_store(second)
        expect(durable_list(second)).to_have_text("- milk")
        added = "Added in this session (session state only): {}"
        expect(second.main.get_by_text(added.format(0), exact=True)).to_be_visible()
        add_item(second, "eggs")
        expect(durable_list(second)).to_have_text("- milk\n- eggs")

        # The first learner's page still shows its own copy until Reload reads the store.
        expect(durable_list(first)).to_have_text("- milk")
        first.click(first.page.locator(".st-key-durable_reload button"))
        expect(durable_list(first)).to_have_text("- milk\n- eggs")
        expect(first.main.get_by_text(added.format(1), exact=True)).to_be_visible()
        first.assert_clean()
        second.assert_clean()
        routes = route(one), route(two)
    finally:
        one.close()
        two.close()
    served = [upstreams(deployment, route_id) for route_id in routes]
    assert all(len(s) == 1 for s in served) and served[0] != served[1], served
