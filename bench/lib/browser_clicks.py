"""Click a counter in the system Chromium and time it until the rerun has settled: the helpers
the suite's browser rows and the browser probes share.

Settled is read from the DOM, never from a sleep: Streamlit's frontend sets
`data-test-script-state` on `[data-testid="stApp"]` to `notRunning` once the script is idle,
and the counter must show the expected number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ops.chromium import CHROMIUM, CHROMIUM_ARGS

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
