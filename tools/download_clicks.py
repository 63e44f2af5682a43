"""Click download buttons across the lessons in Chromium and count the clicks that start nothing.

    python -m tools.download_clicks --clicks 2000

Starts `streamlit run Home.py` on a free loopback port and visits the lessons in catalog order,
as the browser suite does: each snippet's listing is opened (a rerun) and its download buttons
(the snippet, its test) are clicked `--per-visit` times. For every click that starts no download
within `--wait` seconds it prints what the browser and the server did around it: Playwright's
download events, Chromium's own (CDP `Page.downloadWillBegin`/`downloadProgress`), the `/media/`
requests, responses and failures, the messages sent and received on the app's WebSocket (a
rerun in flight), the script state on the app root, console messages and the server's log.

Every wait is bounded, and a watchdog ends the run (with what it was doing) when a click or a
page load makes no progress for two minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from google.protobuf.message import DecodeError
from playwright.sync_api import Download, Locator, Page, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from app.catalog import LESSONS, Lesson
from app.paths import HOME
from ops.chromium import CHROMIUM, CHROMIUM_ARGS
from ops.streamlit_server import StreamlitServer
from tests.e2e.streamlit_page import StreamlitPage

STALL_SECONDS = 120.0
# Milliseconds between the press and the release of a click (Playwright's default: 0).
PRESS_MS = 0
# Wait as the browser suite does before a press (StreamlitPage.ready_to_press); --no-ready
# clicks as soon as Playwright would, to measure the rate without it.
READY_FIRST = True
PAGE_PROBE = """(() => {
    const say = (what) => console.debug(`probe: ${performance.now().toFixed(1)} ${what}`);
    const chain = (el) => {
        const ids = [];
        for (let e = el?.closest?.('[data-testid]'); e && ids.length < 5;
             e = e.parentElement?.closest('[data-testid]')) {
            ids.push(e.getAttribute('data-testid'));
        }
        return ids.join('<');
    };
    const main = () => document.querySelector('[data-testid=stMain]');
    let pressed = null;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        document.addEventListener(type, (e) => {
            if (type === 'pointerdown') pressed = e.target;
            const r = pressed?.getBoundingClientRect();
            const box = r ? `${r.x | 0},${r.y | 0},${r.width | 0}x${r.height | 0}` : '-';
            say(`${type} @${e.clientX | 0},${e.clientY | 0} on ${chain(e.target)} ` +
                `'${(e.target.innerText ?? '').slice(0, 40)}' pressed at ${box} ` +
                `connected=${pressed?.isConnected} scrollTop=${main()?.scrollTop | 0}`);
        }, true);
    }
    // What moves the page under a press: focus changes and scrolls of the main area, each
    // with the element that has the focus.
    document.addEventListener('focusin', (e) => say(`focusin ${chain(e.target)}`), true);
    document.addEventListener('scroll', (e) => {
        if (e.target === main()) {
            say(`scroll scrollTop=${main().scrollTop | 0} focus=${chain(document.activeElement)}`);
        }
    }, true);
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
        say(`anchor click ${this.href} download=${this.getAttribute('download')} ` +
            `connected=${this.isConnected} activation=${navigator.userActivation?.isActive}`);
        return click.call(this);
    };
    new MutationObserver((records) => {
        for (const record of records) {
            for (const node of record.addedNodes) {
                const tip = node.querySelector?.('[data-testid=stTooltipContent]');
                if (tip) {
                    const r = tip.getBoundingClientRect();
                    say(`tooltip shown at ${r.x | 0},${r.y | 0},${r.width | 0}x${r.height | 0}`);
                }
            }
        }
    }).observe(document.documentElement, {childList: true, subtree: true});
})();"""


@dataclass
class Click:
    """One click on a download button and everything seen from just before it to its end."""

    lesson: str
    button: str
    round: int
    script_state: str = ""
    downloads: list[str] = field(default_factory=list)
    cdp: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    socket: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    server_log: str = ""
    error: str = ""


class Recorder:
    """Collects the page's events into the click being made (None between clicks)."""

    def __init__(self, page: Page) -> None:
        self.current: Click | None = None
        self.download_count = 0
        page.on("download", self._download)
        page.on("request", self._request)
        page.on("response", self._response)
        page.on("requestfailed", self._failed)
        page.on("console", self._console)
        page.on("websocket", self._websocket)
        cdp = page.context.new_cdp_session(page)
        cdp.send("Page.enable")
        cdp.send("Network.enable")
        for event in (
            "Page.downloadWillBegin",
            "Page.downloadProgress",
            "Network.requestWillBeSent",
            "Network.responseReceived",
            "Network.loadingFailed",
        ):
            cdp.on(event, lambda params, e=event: self._cdp(e, params))
        self.request_urls: dict[str, str] = {}
        # What the page's handlers see: the pointer events on the document (capture phase) and
        # every anchor click (the download button clicks a detached <a download>).
        page.add_init_script(PAGE_PROBE)

    def _add(self, attribute: str, text: str) -> None:
        if self.current is not None:
            getattr(self.current, attribute).append(f"{time.monotonic():.3f} {text}")

    def _download(self, download: Download) -> None:
        self.download_count += 1
        self._add("downloads", f"download {download.suggested_filename} {download.url}")

    def _request(self, request: Any) -> None:
        if "/media/" in request.url:
            self._add("media", f"> {request.method} {request.url}")

    def _response(self, response: Any) -> None:
        if "/media/" in response.url:
            self._add("media", f"< {response.status} {response.url}")

    def _failed(self, request: Any) -> None:
        if "/media/" in request.url:
            self._add("media", f"! {request.failure} {request.url}")

    def _console(self, message: Any) -> None:
        self._add("console", f"{message.type}: {message.text}")

    def _cdp(self, event: str, params: dict[str, Any]) -> None:
        if event.startswith("Network."):
            request_id = params.get("requestId", "")
            url = params.get("request", params.get("response", {})).get("url", "")
            if url:
                self.request_urls[request_id] = url
            url = self.request_urls.get(request_id, "")
            if "/media/" not in url:
                return
            status = params.get("response", {}).get("status", params.get("errorText", ""))
            self._add("cdp", f"{event} {status} {url}")
            return
        brief = {k: params[k] for k in ("url", "state", "suggestedFilename") if k in params}
        self._add("cdp", f"{event} {brief}")

    def _websocket(self, socket: Any) -> None:
        if socket.url.endswith("/_stcore/stream"):
            socket.on("framesent", self._sent)
            socket.on("framereceived", self._received)

    def _sent(self, payload: str | bytes) -> None:
        if isinstance(payload, bytes):
            try:
                self._add("socket", f"sent {BackMsg.FromString(payload).WhichOneof('type')}")
            except DecodeError:
                self._add("socket", "sent ?")

    def _received(self, payload: str | bytes) -> None:
        if isinstance(payload, bytes):
            try:
                message = ForwardMsg.FromString(payload)
            except DecodeError:
                return
            kind = message.WhichOneof("type")
            if kind in ("new_session", "script_finished", "session_status_changed"):
                detail = message.script_finished if kind == "script_finished" else ""
                self._add("socket", f"received {kind} {detail}".rstrip())


class Watchdog:
    """Ends the process when `beat()` has not been called for STALL_SECONDS."""

    def __init__(self, server: StreamlitServer) -> None:
        self.server = server
        self.last = time.monotonic()
        self.doing = "starting"
        threading.Thread(target=self._watch, daemon=True).start()

    def beat(self, doing: str) -> None:
        self.last, self.doing = time.monotonic(), doing

    def _watch(self) -> None:
        while True:
            time.sleep(5)
            if time.monotonic() - self.last > STALL_SECONDS:
                print(f"STALLED for {STALL_SECONDS:.0f} s while {self.doing}", flush=True)
                self.server.stop()
                os._exit(2)


def click_once(
    app: StreamlitPage, recorder: Recorder, button: Locator, click: Click, wait_s: float
) -> bool:
    """Click `button` once; True when a download started within `wait_s`."""
    page = app.page
    app.wait_until_idle()
    click.script_state = (
        page.locator("[data-testid=stApp]").get_attribute("data-test-script-state", timeout=5_000)
        or ""
    )
    before = recorder.download_count
    recorder.current = click
    try:
        if READY_FIRST:
            app.ready_to_press(button)
        # No waiting after the click for a navigation: the anchor's target is a download.
        button.click(timeout=15_000, no_wait_after=True, delay=PRESS_MS)
        if recorder.download_count == before:
            page.wait_for_event("download", timeout=wait_s * 1000)
    except PlaywrightError as exc:
        click.error = str(exc).splitlines()[0]
    # Let the page's events of this click be dispatched (bounded), then stop recording.
    page.wait_for_timeout(200)
    recorder.current = None
    return recorder.download_count > before


def visit(
    app: StreamlitPage,
    recorder: Recorder,
    lesson: Lesson,
    per_visit: int,
    budget: int,
    wait_s: float,
    server: StreamlitServer,
    dog: Watchdog,
) -> list[Click]:
    """Open the lesson, then each snippet's listing, and click its download buttons."""
    clicks: list[Click] = []
    dog.beat(f"opening {lesson.slug}")
    app.open_lesson(lesson)
    for snippet in lesson.snippets:
        dog.beat(f"opening the listing of {snippet.file}")
        expander = app.open_code(snippet.file)
        names = [snippet.path.name]
        if snippet.test_path.is_file():
            names.append(snippet.test_path.name)
        for round_ in range(per_visit):
            for name in names:
                if len(clicks) >= budget:
                    return clicks
                button = expander.get_by_role("button", name=f"Download {name}", exact=True)
                click = Click(lesson.slug, name, round_)
                log_at = len(server.log_tail(10**9))
                dog.beat(f"clicking {name} on {lesson.slug}")
                if click_once(app, recorder, button, click, wait_s):
                    click.downloads = click.downloads[:1]
                    if os.environ.get("SHOW_HITS"):
                        print("HIT " + json.dumps(asdict(click)), flush=True)
                else:
                    click.server_log = server.log_tail(10**9)[log_at:][-2000:]
                    print("MISS " + json.dumps(asdict(click)), flush=True)
                clicks.append(click)
    return clicks


def run(
    clicks: int, per_visit: int, wait_s: float, log_dir: Path, slugs: list[str], done: list[Click]
) -> None:
    """Click about `clicks` times across the lessons, adding every click made to `done`."""
    lessons = [lesson for lesson in LESSONS if not slugs or lesson.slug in slugs]
    with (
        StreamlitServer(HOME, log_path=log_dir / "server.log") as server,
        sync_playwright() as pw,
    ):
        dog = Watchdog(server)
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            while len(done) < clicks:
                for lesson in lessons:
                    if len(done) >= clicks:
                        break
                    context = browser.new_context(
                        base_url=server.url,
                        accept_downloads=True,
                        viewport={"width": 1280, "height": 900},
                    )
                    try:
                        page = context.new_page()
                        recorder = Recorder(page)
                        app = StreamlitPage(page)
                        done += visit(
                            app, recorder, lesson, per_visit, clicks - len(done), wait_s,
                            server, dog,
                        )  # fmt: skip
                    finally:
                        context.close()
                misses = sum(1 for c in done if not c.downloads)
                print(f"{len(done)} clicks, {misses} without a download", flush=True)
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=2000)
    parser.add_argument("--per-visit", type=int, default=1, help="rounds of clicks per listing")
    parser.add_argument("--wait", type=float, default=10.0, help="seconds a download may take")
    parser.add_argument("--out", type=Path, help="write every miss as JSON here")
    parser.add_argument("--lesson", action="append", default=[], help="only this lesson slug")
    parser.add_argument(
        "--press-ms", type=int, default=0, help="hold each click this long (widens the window)"
    )
    parser.add_argument(
        "--no-ready", action="store_true", help="press without StreamlitPage.ready_to_press"
    )
    args = parser.parse_args(argv)
    global PRESS_MS, READY_FIRST
    PRESS_MS = args.press_ms
    READY_FIRST = not args.no_ready
    # A `kill` ends the run through the `with` blocks, which stop the server and the browser.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.monotonic()
    done: list[Click] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            run(args.clicks, args.per_visit, args.wait, Path(tmp), args.lesson, done)
    finally:
        # Also when stopped early (a kill, Ctrl-C): the clicks made so far are counted.
        misses = [c for c in done if not c.downloads]
        rate = len(misses) / len(done) if done else 0.0
        print(
            f"download clicks: {len(done)}, without a download: {len(misses)} ({rate:.3%}), "
            f"in {time.monotonic() - started:.0f} s"
        )
    if args.out:
        args.out.write_text(json.dumps([asdict(m) for m in misses], indent=1), encoding="utf-8")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
