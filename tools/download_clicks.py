"""Click download buttons across the lessons in Chromium and count the clicks that start nothing.

`python tools/download_clicks.py --clicks 2000` starts `streamlit run Home.py` on a free
loopback port, opens each lesson's first listing in turn and clicks its download button, as a
learner would, until it has clicked `--clicks` times. For each click that starts no download it
records what the browser did: the `/media/` requests and responses, console messages, and what
element was under the button's centre. The summary line is the miss rate.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from app.catalog import LESSONS
from app.paths import HOME
from ops.chromium import CHROMIUM, CHROMIUM_ARGS
from ops.streamlit_server import StreamlitServer

IDLE = (
    '[data-testid="stApp"][data-test-connection-state="CONNECTED"]'
    '[data-test-script-state="notRunning"]'
)
DOWNLOAD_WAIT_MS = 10_000


@dataclass
class Miss:
    """What the page showed and sent around one click that started no download."""

    lesson: str
    button: str
    media: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    under_pointer: str = ""


def _open_first_listing(page: Page) -> Any:
    """Open the lesson's first code listing (a rerun) and return its download buttons."""
    page.wait_for_selector(IDLE, state="attached")
    expander = page.get_by_test_id("stExpander").filter(has_text="Code: ").first
    details = expander.locator("details")
    if details.get_attribute("open") is None:
        expander.locator("summary").click()
    page.wait_for_selector(IDLE, state="attached")
    buttons = expander.get_by_test_id("stDownloadButton").locator("button")
    buttons.first.wait_for(state="visible")
    return buttons.all()


def _under_pointer(page: Page, button: Any) -> str:
    box = button.bounding_box()
    if box is None:
        return "no box"
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    return page.evaluate(
        "([x, y]) => { const e = document.elementFromPoint(x, y);"
        " return e ? e.outerHTML.slice(0, 160) : 'nothing'; }",
        [x, y],
    )


def run(clicks: int, per_visit: int, log_dir: Path) -> tuple[int, list[Miss]]:
    """Click about `clicks` times across the lessons, every download button of a lesson's first
    listing `per_visit` times a visit; return the count and the misses."""
    misses: list[Miss] = []
    done = 0
    with (
        StreamlitServer(HOME, log_path=log_dir / "server.log") as server,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            while done < clicks:
                for lesson in LESSONS:
                    if done >= clicks:
                        break
                    context = browser.new_context(accept_downloads=True)
                    page = context.new_page()
                    media: list[str] = []
                    console: list[str] = []
                    page.on(
                        "request",
                        lambda r, m=media: "/media/" in r.url and m.append(f"> {r.url}"),
                    )
                    page.on(
                        "response",
                        lambda r, m=media: "/media/" in r.url and m.append(f"< {r.status}"),
                    )
                    page.on("console", lambda msg, c=console: c.append(msg.text))
                    page.goto(f"{server.url}/{lesson.slug}")
                    buttons = _open_first_listing(page)
                    for _ in range(per_visit):
                        for button in buttons:
                            before = len(media)
                            try:
                                with page.expect_download(timeout=DOWNLOAD_WAIT_MS) as info:
                                    button.click()
                                info.value.cancel()
                            except PlaywrightTimeoutError:
                                misses.append(
                                    Miss(
                                        lesson.slug,
                                        button.inner_text(),
                                        media[before:],
                                        console[-10:],
                                        _under_pointer(page, button),
                                    )
                                )
                            done += 1
                    context.close()
                print(f"{done} clicks, {len(misses)} without a download", flush=True)
        finally:
            browser.close()
    return done, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=2000)
    parser.add_argument("--per-visit", type=int, default=1, help="rounds of clicks per visit")
    parser.add_argument("--out", type=Path, help="write the misses as JSON here")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        done, misses = run(args.clicks, args.per_visit, Path(tmp))
    rate = len(misses) / done if done else 0.0
    print(
        f"download clicks: {done}, without a download: {len(misses)} ({rate:.3%}), "
        f"in {time.monotonic() - started:.0f} s"
    )
    for miss in misses:
        print(json.dumps(asdict(miss)))
    if args.out:
        args.out.write_text(json.dumps([asdict(m) for m in misses], indent=1), encoding="utf-8")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
