"""Threads in a real browser: the worker's real KeyError and the server's warning, a job's
result arriving with no click (the run_every fragment), polling that stops, and two learners
whose jobs never mix. Cancel and restart are server-side: tests/test_threads.py.

A job step takes 0.1 s, so every job here ends within a few seconds. A dropped connection
(cut at a loopback TCP proxy) ends a running job while the session survives; that the
released slot's thread stops (on_release) is checked by the AppTest suite.
"""

from __future__ import annotations

import re
import time
from urllib.parse import urlsplit

from playwright.sync_api import Browser, WebSocket, expect
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from .conftest import SERVER_LOG
from .streamlit_page import StreamlitPage, lesson_or_skip
from .tcp_proxy import tcp_proxy

JOB_TAB = "A background job"
RESULT_TIMEOUT_MS = 20_000


def open_threads(app: StreamlitPage) -> StreamlitPage:
    """Open the lesson; its first tab (the failing thread and the fix) is drawn."""
    lesson = lesson_or_skip("threads")
    app.open(lesson.slug)
    expect(app.main.get_by_role("heading", level=1)).to_have_text(lesson.title)
    for file in ("threads_session_state_broken.py", "threads_pass_values.py"):
        expect(app.listing(file)).to_be_visible()
    return app


# Resolves once the browser has nothing left to do (at most 30 s): drawing the page's code
# listings keeps a busy machine's browser occupied for seconds, and timers (the fragment's
# polling) wait for it.
_BROWSER_IDLE = "() => new Promise((r) => requestIdleCallback(() => r(), {timeout: 30000}))"


def open_job_tab(app: StreamlitPage) -> StreamlitPage:
    open_threads(app).main.get_by_role("tab", name=JOB_TAB).click()
    expect(app.listing("threads_background_job.py")).to_be_visible()
    app.page.evaluate(_BROWSER_IDLE)
    return app


def start(app: StreamlitPage, steps: int | None = None) -> None:
    """Set the number of steps (unless None: keep it), then press Start."""
    if steps is not None:
        app.enter_text(app.page.locator(".st-key-thr_steps input"), str(steps))
    app.click(app.button("Start (or restart)"))


def result_line(steps: int, total: int) -> str:
    return f"Sum of squares 1..{steps}: {total:,}"


def test_the_worker_gets_streamlits_keyerror_and_the_server_logs_the_missing_context(app):
    logged_before = SERVER_LOG.stat().st_size if SERVER_LOG.exists() else 0
    open_threads(app)
    expect(app.main.get_by_text("In the script: thr_number = 21")).to_be_visible()
    error = app.main.get_by_test_id("stAlertContentError").filter(has_text="KeyError")
    expect(error).to_contain_text('st.session_state has no key "thr_number".')
    expect(error).to_contain_text("Did you forget to initialize it?")
    app.expect_inspector("thr_number", "21")  # yet the key is there
    warning = re.compile(
        r"Thread 'ThreadPoolExecutor-\d+_\d+': missing ScriptRunContext! "
        r"This warning can be ignored when running in bare mode\."
    )
    deadline = time.monotonic() + 10
    while not warning.search(SERVER_LOG.read_text(errors="replace")[logged_before:]):
        assert time.monotonic() < deadline, "no missing-ScriptRunContext warning in the log"
        time.sleep(0.2)
    # The fix beside it (the value in as an argument) is its snippet's own test's.
    app.assert_clean()


def test_the_result_arrives_without_a_click_and_polling_stops_after_it(app):
    # One entry per script run the server finished: "full" or "fragment". A fragment run that
    # ends in st.rerun() counts too (it finishes "early for rerun").
    runs: list[str] = []

    def record_runs(socket: WebSocket) -> None:
        def on_frame(payload: str | bytes) -> None:
            if isinstance(payload, str):
                return
            message = ForwardMsg.FromString(payload)
            if message.WhichOneof("type") == "script_finished":
                runs.append("fragment" if message.metadata.run.fragment_ids else "full")

        if socket.url.endswith("/_stcore/stream"):
            socket.on("framereceived", on_frame)

    app.page.on("websocket", record_runs)
    open_job_tab(app)
    expect(app.main.get_by_text("No job yet: press Start.", exact=True)).to_be_visible()
    app.page.wait_for_timeout(1_500)
    assert "fragment" not in runs, "the fragment polled before any job was started"
    before = len(runs)
    start(app, 50)  # 5 seconds of work
    # No click from here on: the fragment reruns by itself, then the page picks the result up.
    expect(app.main.get_by_text(result_line(50, 42925))).to_be_visible(timeout=RESULT_TIMEOUT_MS)
    app.expect_inspector("thr_result", "42925")
    # A poll the browser sent before it heard of the result is answered after it: wait until
    # runs stop ending (they would not, if the page kept polling).
    app.wait_until_quiet(lambda: len(runs), 1_000)  # two polling periods
    app.wait_until_idle()
    after_start = runs[before:]
    # Entering the steps and Start are full runs; then only the fragment reruns while the job
    # works; then one full run stores the result (a poll already on its way may follow it).
    assert after_start[:2] == ["full", "full"], after_start
    polling = after_start[2:]
    assert polling.count("full") == 1, after_start
    assert polling.index("full") >= 3, after_start
    assert polling[polling.index("full") + 1 :] in ([], ["fragment"]), after_start
    expect(app.button("Cancel")).to_be_disabled()
    settled = len(runs)
    app.page.wait_for_timeout(2_000)  # four polling periods
    assert len(runs) == settled, "the page kept polling after the job ended"
    app.assert_clean()


def test_two_learners_jobs_do_not_mix(app, open_app):
    alice = open_job_tab(app)
    start(alice, 30)
    bob = open_job_tab(open_app())
    # Alice's job is running, but Bob has none.
    expect(bob.main.get_by_text("No job yet: press Start.", exact=True)).to_be_visible()
    expect(bob.button("Cancel")).to_be_disabled()
    start(bob, 10)
    expect(bob.main.get_by_text(result_line(10, 385))).to_be_visible(timeout=RESULT_TIMEOUT_MS)
    expect(alice.main.get_by_text(result_line(30, 9455))).to_be_visible(timeout=RESULT_TIMEOUT_MS)
    alice.expect_inspector("thr_result", "9455")
    bob.expect_inspector("thr_result", "385")
    expect(alice.main.get_by_text(result_line(10, 385))).to_have_count(0)
    expect(bob.main.get_by_text(result_line(30, 9455))).to_have_count(0)
    alice.assert_clean()
    bob.assert_clean()


def test_a_dropped_connection_ends_the_job_but_not_the_session(browser: Browser, base_url: str):
    sessions: list[str] = []
    sockets: list[WebSocket] = []

    def watch(socket: WebSocket) -> None:
        def on_frame(payload: str | bytes) -> None:
            if isinstance(payload, str):
                return
            message = ForwardMsg.FromString(payload)
            if message.WhichOneof("type") == "new_session":
                sessions.append(message.new_session.initialize.session_id)

        if socket.url.endswith("/_stcore/stream"):
            sockets.append(socket)
            socket.on("framereceived", on_frame)

    port = urlsplit(base_url).port
    assert port is not None
    with tcp_proxy(port) as network:  # the learner's network, to cut it
        context = browser.new_context(base_url=network.url, viewport={"width": 1280, "height": 900})
        try:
            app = StreamlitPage(context.new_page())
            app.page.on("websocket", watch)
            open_job_tab(app)
            start(app, 50)  # 5 seconds of work
            expect(app.main.get_by_test_id("stProgress")).to_be_visible()
            session, connections = sessions[-1], len(sockets)
            assert network.cut() >= 1, "the page had no open connection to cut"
            # The browser reconnects on its own; the fragment's next poll reruns the page.
            expect(app.main.get_by_text("No job yet: press Start.", exact=True)).to_be_visible(
                timeout=RESULT_TIMEOUT_MS
            )
            assert len(sockets) > connections, "the page did not open a new connection"
            assert sessions[-1] == session, "the browser came back to its session"
            app.expect_inspector("thr_steps", "50")  # session state survived the drop
            expect(app.button("Cancel")).to_be_disabled()
            expect(app.main.get_by_test_id("stProgress")).to_have_count(0)
            # The cut connection's failure was logged by the page: expected; nothing else.
            app.console_errors.clear()
            app.assert_clean()
        finally:
            context.close()
