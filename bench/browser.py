"""Browser measurements in Chromium (system /usr/bin/chromium, driven by Playwright):
2. click -> rerun settled latency, quick-start through Home.py vs. the bare counter snippet;
3. cold start: `streamlit run` to the first lesson painted, vs. the bare snippet;
6. rapid clicks: clicks sent vs. counted on the `if st.button` counter and the callback counter.

"Settled" is read from the DOM, never from a sleep: the app root's `data-test-script-state` is
`notRunning` and the counter shows the expected number. Streamlit 1.67's frontend sets that
attribute on `[data-testid="stApp"]` from the script run state the server reports.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from bench.common import (
    CHROMIUM,
    CHROMIUM_ARGS,
    HOME,
    SNIPPETS,
    Row,
    Section,
    StreamlitServer,
    median,
    paired_ratio,
    servers,
    skipped_section,
    verdict,
)

LATENCY_TARGET = 1.3  # issue: click->settled on quick-start <= 1.3x the bare counter
COLD_TARGET = 1.3
COUNTER = ("Increment", "Count:")
CALLBACK = ("Increment (callback)", "Count (callback):")
TIMEOUT_MS = 60_000

READ_JS = """
(prefix) => {
  for (const el of document.querySelectorAll('[data-testid="stMarkdownContainer"]')) {
    const text = el.textContent.trim();
    if (text.startsWith(prefix + ' ')) return parseInt(text.slice(prefix.length).trim(), 10);
  }
  return null;
}
"""

SETTLED_JS = """
([prefix, want]) => {
  const root = document.querySelector('[data-testid="stApp"]');
  if (!root || root.getAttribute('data-test-script-state') !== 'notRunning') return false;
  for (const el of document.querySelectorAll('[data-testid="stMarkdownContainer"]')) {
    if (el.textContent.trim() === prefix + ' ' + want) return true;
  }
  return false;
}
"""

# Click a button and resolve with the milliseconds until the rerun it caused has settled.
CLICK_JS = """
async ([label, prefix, timeoutMs]) => {
  const root = document.querySelector('[data-testid="stApp"]');
  const button = [...document.querySelectorAll('button')]
    .find((b) => b.textContent.trim() === label);
  if (!button) throw new Error('no button ' + label);
  const read = () => {
    for (const el of document.querySelectorAll('[data-testid="stMarkdownContainer"]')) {
      const text = el.textContent.trim();
      if (text.startsWith(prefix + ' ')) return text;
    }
    return null;
  };
  const before = parseInt(read().slice(prefix.length).trim(), 10);
  const want = prefix + ' ' + (before + 1);
  // The attribute check comes first and is cheap; text is read (textContent: no layout) only
  // once the script is idle, so the observer adds almost no work to the page it measures.
  const settled = () =>
    root.getAttribute('data-test-script-state') === 'notRunning' && read() === want;
  return await new Promise((resolve, reject) => {
    let t0 = 0;
    const observer = new MutationObserver(() => {
      if (settled()) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - t0);
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('rerun did not settle: ' + read()));
    }, timeoutMs);
    observer.observe(document.body,
      {subtree: true, childList: true, attributes: true, characterData: true});
    t0 = performance.now();
    button.click();
  });
}
"""


def chromium_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (it may still be being installed)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed"
    return None


def launch(pw: Any) -> Any:
    return pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


def open_counter(browser: Any, url: str, prefix: str = COUNTER[1]) -> Any:
    page = browser.new_context().new_page()
    page.goto(url)
    wait_count(page, prefix, 0)
    # On first load the count can be painted a moment before the rest of the page.
    page.get_by_role("button", name=COUNTER[0], exact=True).wait_for(timeout=TIMEOUT_MS)
    return page


def wait_count(page: Any, prefix: str, want: int) -> None:
    page.wait_for_function(SETTLED_JS, arg=[prefix, want], timeout=TIMEOUT_MS, polling="raf")


def read_count(page: Any, prefix: str) -> int:
    value = page.evaluate(READ_JS, prefix)
    if value is None:
        raise RuntimeError(f"no {prefix!r} on the page")
    return value


def click_latency(page: Any, label: str, prefix: str) -> float:
    return page.evaluate(CLICK_JS, [label, prefix, TIMEOUT_MS]) / 1000


class PageCost:
    """Where a click's time goes in the browser: websocket messages received, and main-thread
    time (CDP `Performance.getMetrics`: script, layout, style) summed over the timed clicks."""

    METRICS = ("TaskDuration", "ScriptDuration", "LayoutDuration", "RecalcStyleDuration")

    def __init__(self, page: Any) -> None:
        self.messages = 0
        page.on("websocket", self._track)
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("Performance.enable")
        self.start: dict[str, float] = {}
        self.messages_at_start = 0

    def _track(self, ws: Any) -> None:
        ws.on("framereceived", self._count)

    def _count(self, _payload: Any) -> None:
        self.messages += 1

    def _metrics(self) -> dict[str, float]:
        values = self.cdp.send("Performance.getMetrics")["metrics"]
        return {m["name"]: m["value"] for m in values if m["name"] in self.METRICS}

    def begin(self) -> None:
        self.start = self._metrics()
        self.messages_at_start = self.messages

    def per_click(self, clicks: int) -> dict[str, float]:
        end = self._metrics()
        cost = {k: round((end[k] - self.start[k]) * 1000 / clicks, 2) for k in self.METRICS}
        cost["messages"] = round((self.messages - self.messages_at_start) / clicks, 1)
        return cost


@dataclass(frozen=True)
class ClickSubject:
    """One page of an interleaved click measurement: where it is, which button to click and the
    count it changes (label, text prefix), and the count shown once the page is ready."""

    name: str
    url: str
    click: tuple[str, str]
    ready: tuple[str, int]


def interleaved_clicks(
    browser: Any, subjects: tuple[ClickSubject, ...], reps: int, warmup: int
) -> tuple[dict[str, list[float]], dict[str, dict[str, float]]]:
    """Click each subject's button in turn, `warmup + reps` rounds, one session per subject;
    return the click->settled times of the measured rounds and the browser's cost per click."""
    pages, costs = {}, {}
    for subject in subjects:
        page = browser.new_context().new_page()
        costs[subject.name] = PageCost(page)  # listens before the websocket opens
        page.goto(subject.url)
        wait_count(page, *subject.ready)
        page.get_by_role("button", name=subject.click[0], exact=True).wait_for()
        pages[subject.name] = page
    times: dict[str, list[float]] = {subject.name: [] for subject in subjects}
    for rep in range(warmup + reps):
        if rep == warmup:
            for cost in costs.values():
                cost.begin()
        for subject in subjects:
            elapsed = click_latency(pages[subject.name], *subject.click)
            if rep >= warmup:
                times[subject.name].append(elapsed)
    return times, {name: cost.per_click(reps) for name, cost in costs.items()}


def latency(pw: Any, reps: int, warmup: int = 3) -> Section:
    browser = launch(pw)
    try:
        with servers(HOME, SNIPPETS / "quick_start" / "counter.py") as (app, bare):
            subjects = (
                ClickSubject("frame", f"{app.url}/quick-start", COUNTER, (COUNTER[1], 0)),
                ClickSubject("bare", bare.url, COUNTER, (COUNTER[1], 0)),
            )
            times, per_click = interleaved_clicks(browser, subjects, reps, warmup)
    finally:
        browser.close()
    ratio = paired_ratio(times["frame"], times["bare"])
    frame_cost, bare_cost = per_click["frame"], per_click["bare"]
    row = Row(
        "browser latency",
        "click 'Increment': quick-start vs counter.py",
        f"{median(times['frame']) * 1000:.1f} ms",
        f"{median(times['bare']) * 1000:.1f} ms",
        ratio,
        f"<= {LATENCY_TARGET}x",
        verdict(ratio, LATENCY_TARGET),
        f"click -> script state notRunning + count shown; {reps} interleaved clicks each; "
        f"per click: {frame_cost['messages']:.0f} vs {bare_cost['messages']:.0f} messages, "
        f"browser main thread {frame_cost['TaskDuration']:.0f} vs "
        f"{bare_cost['TaskDuration']:.0f} ms",
    )
    data = {
        "reps": reps,
        "per_click_browser_cost": per_click,
        "frame_ms": [round(t * 1000, 2) for t in times["frame"]],
        "bare_ms": [round(t * 1000, 2) for t in times["bare"]],
        "ratio": round(ratio, 3),
        "target": LATENCY_TARGET,
    }
    return Section("browser_latency", [row], data)


def cold_start(pw: Any, reps: int) -> Section:
    browser = launch(pw)
    times: dict[str, list[float]] = {"frame": [], "bare": []}
    try:
        for _ in range(reps):
            for name, script, path in (
                ("frame", HOME, "/quick-start"),
                ("bare", SNIPPETS / "quick_start" / "counter.py", "/"),
            ):
                context = browser.new_context()
                page = context.new_page()
                server = StreamlitServer(script).start()
                try:
                    server.wait_ready()
                    page.goto(server.url + path)
                    wait_count(page, COUNTER[1], 0)
                    times[name].append(time.perf_counter() - server.started_at)
                finally:
                    context.close()
                    server.stop()
    finally:
        browser.close()
    ratio = paired_ratio(times["frame"], times["bare"])
    row = Row(
        "cold start",
        "streamlit run -> quick-start painted vs counter.py",
        f"{median(times['frame']):.2f} s",
        f"{median(times['bare']):.2f} s",
        ratio,
        f"<= {COLD_TARGET}x",
        verdict(ratio, COLD_TARGET),
        f"process start to 'Count: 0' shown and script idle; {reps} interleaved starts each",
    )
    data = {
        "reps": reps,
        "frame_s": [round(t, 3) for t in times["frame"]],
        "bare_s": [round(t, 3) for t in times["bare"]],
        "ratio": round(ratio, 3),
        "target": COLD_TARGET,
    }
    return Section("cold_start", [row], data)


def rapid_clicks(pw: Any, clicks: int, reps: int, paced_ms: int = 100) -> Section:
    """Clicks sent vs. counted, as fast as the browser takes them and at a human pace.

    The end of a burst is detected without a timer: after the burst, one click on the *other*
    counter is sent as a probe. The websocket keeps order, and the probe's own count goes to a
    number the page has never shown, so once the page shows it with the script idle, every
    click of the burst has been handled."""
    browser = launch(pw)
    results: dict[str, list[int]] = {}
    rates: dict[str, list[float]] = {}
    try:
        with StreamlitServer(HOME) as app:
            page = open_counter(browser, f"{app.url}/quick-start")
            for (label, prefix), probe in ((COUNTER, CALLBACK), (CALLBACK, COUNTER)):
                for pace in (0, paced_ms):
                    name = f"{label}|{pace}"
                    for _ in range(reps):
                        before = read_count(page, prefix)
                        probe_before = read_count(page, probe[1])
                        button = page.get_by_role("button", name=label, exact=True)
                        button.scroll_into_view_if_needed()
                        box = button.bounding_box()
                        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
                        start = time.perf_counter()
                        for _ in range(clicks):
                            page.mouse.click(x, y)
                            if pace:
                                page.wait_for_timeout(pace)  # input pacing, not a settle wait
                        burst = time.perf_counter() - start
                        page.get_by_role("button", name=probe[0], exact=True).click()
                        wait_count(page, probe[1], probe_before + 1)
                        results.setdefault(name, []).append(read_count(page, prefix) - before)
                        rates.setdefault(name, []).append(clicks / burst if burst else 0.0)
    finally:
        browser.close()
    section = Section("rapid_clicks", data={"clicks": clicks, "reps": reps, "runs": []})
    for name, counted in results.items():
        label, pace = name.split("|")
        rate = median(rates[name])
        speed = "as fast as possible" if pace == "0" else f"one per {pace} ms"
        section.rows.append(
            Row(
                "rapid clicks",
                f"{label!r}, {speed}",
                f"{median(counted):.0f} of {clicks} counted",
                "-",
                None,
                "measured",
                "info",
                f"sent at {rate:.0f} clicks/s; counted per burst: {counted}",
            )
        )
        section.data["runs"].append(
            {
                "button": label,
                "pace_ms": int(pace),
                "sent": clicks,
                "counted": counted,
                "clicks_per_s": [round(r, 1) for r in rates[name]],
            }
        )
    return section


def run(reps: int, cold_reps: int, clicks: int, click_reps: int) -> list[Section]:
    reason = chromium_missing()
    if reason:
        return [
            skipped_section("browser_latency", "browser latency", reason),
            skipped_section("cold_start", "cold start", reason),
            skipped_section("rapid_clicks", "rapid clicks", reason),
        ]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        return [
            latency(pw, reps),
            cold_start(pw, cold_reps),
            rapid_clicks(pw, clicks, click_reps),
        ]
