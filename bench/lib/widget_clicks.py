"""Click the first clickable widget of a part of a Streamlit page and time it until the rerun
it caused has settled, for any script: the lesson-click benchmark's browser side.

The widget is found by kind, in this order: a button (plain or form submit), a checkbox or
toggle, a number input's step button, a segmented control or pills option, a radio option. It
is named by its kind and label, so the same widget is found again in the snippet run alone.

Settled is read from the page, never from a sleep: after the click the server must start a
script run (a `new_session` message on the app's websocket: Streamlit 1.67's `AppSession`
sends one when any run starts, a fragment's included) and finish it (a `script_finished`
message, other than "stopped early for a rerun"), the app root's `data-test-script-state` must
be `notRunning`, and then the DOM inside the measured part must stay unchanged for a few
animation frames. The time reported is that of the first frame after the last of these events,
so the quiet window itself is not counted. The messages are read because the root's attribute
alone can miss a run: on the bare counter, a click whose count went up left the attribute
unchanged (both states rendered in one React commit).
"""

from __future__ import annotations

from typing import Any

TIMEOUT_MS = 60_000
# Animation frames with no DOM change (and the script idle) before a click counts as settled.
QUIET_FRAMES = 3
# The same before a freshly opened page counts as drawn: not timed, so it can be longer. On a
# loaded machine a page's first elements can arrive several frames after its first run ends.
READY_QUIET_FRAMES = 30

# Installed in every page of a context before Streamlit's code runs: counts script runs started
# and finished, from the top-level fields of each ForwardMsg on the websocket (field 4:
# new_session, sent when a run starts; field 6: script_finished and its status, 2 meaning
# stopped early for a rerun). The listener is added first, so it sees a message as it arrives.
INIT_JS = """
(() => {
  const runs = window.__benchRuns = {started: 0, finished: 0, finishedAt: 0};
  const varint = (b, i) => {
    let v = 0, s = 0, x;
    do { x = b[i++]; v += (x & 127) * 2 ** s; s += 7; } while (x & 128);
    return [v, i];
  };
  const track = (data) => {
    if (!(data instanceof ArrayBuffer)) return;
    const b = new Uint8Array(data);
    let i = 0;
    while (i < b.length) {
      let tag, v;
      [tag, i] = varint(b, i);
      const field = tag >>> 3, wire = tag & 7;
      if (wire === 0) {
        [v, i] = varint(b, i);
        if (field === 6 && v !== 2 && runs.started > runs.finished) {
          runs.finished = runs.started;
          runs.finishedAt = performance.now();
        }
      } else if (wire === 2) {
        [v, i] = varint(b, i);
        i += v;
        if (field === 4) runs.started += 1;
      } else if (wire === 1) i += 8;
      else if (wire === 5) i += 4;
      else return;
    }
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => track(event.data));
    }
  };
})();
"""

# Shared by both scripts below: find the clickable widgets of `root`, in order of preference.
_WIDGETS_JS = """
const visible = (el) => el.getClientRects().length > 0;
const text = (el) => (el ? el.textContent.trim().replace(/\\s+/g, ' ') : '');
const widgetLabel = (el, testid) => {
  const widget = el.closest('[data-testid="' + testid + '"]');
  return text(widget && widget.querySelector('[data-testid="stWidgetLabel"]'));
};
// Each kind: its elements under root, the label naming it, and the element to click now
// (for options: the first one not selected, so each click changes the value).
const KINDS = [
  // A button's label is its Markdown, without the name of its icon.
  ['button', (root) => [...root.querySelectorAll(
      '[data-testid="stButton"] button, [data-testid="stFormSubmitButton"] button')]
    .filter((b) => !b.disabled && visible(b))
    .map((b) => [text(b.querySelector('[data-testid="stMarkdownContainer"]')) || text(b), b])],
  // The input itself: a click on its label does not reach the switch.
  ['checkbox', (root) => [...root.querySelectorAll('[data-testid="stCheckbox"]')]
    .filter((w) => { const i = w.querySelector('input'); return i && !i.disabled && visible(w); })
    .map((w) => [text(w), w.querySelector('input')])],
  ['number step', (root) => [...root.querySelectorAll('[data-testid="stNumberInput"]')]
    .filter(visible).map((w) => {
      const up = w.querySelector('[data-testid="stNumberInputStepUp"]');
      const down = w.querySelector('[data-testid="stNumberInputStepDown"]');
      return [widgetLabel(w, 'stNumberInput'), up && !up.disabled ? up : down];
    }).filter(([, b]) => b && !b.disabled)],
  ['option', (root) => [...root.querySelectorAll('[data-testid="stButtonGroup"]')]
    .filter(visible).map((w) => {
      const free = [...w.querySelectorAll('button')]
        .find((b) => !b.disabled && !(b.getAttribute('kind') || '').endsWith('Active'));
      return [widgetLabel(w, 'stButtonGroup'), free];
    }).filter(([, b]) => b)],
  ['radio', (root) => [...root.querySelectorAll('[data-testid="stRadio"]')]
    .filter(visible).map((w) => {
      const free = [...w.querySelectorAll('label')].find((l) => {
        const i = l.querySelector('input');
        return i && !i.checked && !i.disabled;
      });
      return [widgetLabel(w, 'stRadio'), free];
    }).filter(([, b]) => b)],
];
const widgets = (root) => KINDS.flatMap(
  ([kind, find]) => find(root).map(([label, el]) => ({kind, label, el})));
const rootOf = (selector) => {
  const root = document.querySelector(selector);
  if (!root) throw new Error('nothing matches ' + selector);
  return root;
};
"""

# Every clickable widget under `selector` as {kind, label}, the preferred kind first.
WIDGETS_JS = (
    "(selector) => {"
    + _WIDGETS_JS
    + """
  return widgets(rootOf(selector)).map(({kind, label}) => ({kind, label}));
}"""
)

# Wait until settled after `act()`: the run started after `act` has finished, the app root
# says notRunning, `root` holds an element and no loading skeleton, and the DOM under `root`
# has not changed for `quietFrames` frames. Resolves
# with ms from `act`: `settled` (the first frame after the last change or the run's end) and
# `finished` (script_finished received). Frame times are read with performance.now() inside the
# frame callback: under load, the callback's own timestamp can be older than the events it shows.
_SETTLE_JS = """
const settle = (root, act, quietFrames, timeoutMs, startedBefore) => {
  const app = document.querySelector('[data-testid="stApp"]');
  const runs = window.__benchRuns;
  if (!runs) throw new Error('the page was opened without INIT_JS');
  return new Promise((resolve, reject) => {
    let t0 = 0, finishedAt = null, dirty = false, quiet = 0, candidate = null, wasIdle = false;
    const watchRoot = new MutationObserver(() => { dirty = true; });
    const timer = setTimeout(() => {
      watchRoot.disconnect();
      reject(new Error('no settle within ' + timeoutMs + ' ms: runs started '
        + (runs.started - startedBefore) + ', finished ' + (finishedAt !== null)));
    }, timeoutMs);
    const frame = () => {
      const now = performance.now();
      if (finishedAt === null && runs.started > startedBefore && runs.finished === runs.started) {
        finishedAt = runs.finishedAt;
        dirty = true;
      }
      const idle = app.getAttribute('data-test-script-state') === 'notRunning';
      if (idle && !wasIdle && finishedAt !== null) dirty = true;
      wasIdle = finishedAt !== null && idle;
      if (dirty) { dirty = false; candidate = now; quiet = 0; }
      else quiet += 1;
      // A widget whose code is still loading shows a skeleton in its place.
      const drawn = !root.querySelector('[data-testid="stSkeleton"]')
        && !!root.querySelector('[data-testid="stElementContainer"]');
      if (finishedAt !== null && idle && drawn && quiet >= quietFrames) {
        watchRoot.disconnect();
        clearTimeout(timer);
        resolve({settled: candidate - t0, finished: finishedAt - t0});
        return;
      }
      requestAnimationFrame(frame);
    };
    watchRoot.observe(root, {subtree: true, childList: true, attributes: true,
                             characterData: true});
    t0 = performance.now();
    act();
    requestAnimationFrame(frame);
  });
};
"""

# Once a page is open: wait until its first run has finished and `selector` is quiet.
READY_JS = (
    "async ([selector, quietFrames, timeoutMs]) => {"
    + _WIDGETS_JS
    + _SETTLE_JS
    + """
  return await settle(rootOf(selector), () => {}, quietFrames, timeoutMs, 0);
}"""
)

# Click the widget {kind, label} under `selector` (kind "rerun": press R, Streamlit's rerun
# key) and wait until settled; adds whether the text under `selector` changed.
CLICK_JS = (
    "async ([selector, kind, label, quietFrames, timeoutMs]) => {"
    + _WIDGETS_JS
    + _SETTLE_JS
    + """
  const root = rootOf(selector);
  const target = kind === 'rerun' ? null
    : widgets(root).find((w) => w.kind === kind && w.label === label);
  if (kind !== 'rerun' && !target) {
    throw new Error('no ' + kind + ' ' + JSON.stringify(label) + ' under ' + selector);
  }
  const before = root.textContent;
  // The key goes up again too: Streamlit's hotkeys take a key that never went up as held.
  const key = (type) => document.dispatchEvent(new KeyboardEvent(type,
    {key: 'r', code: 'KeyR', keyCode: 82, which: 82, bubbles: true}));
  const act = target ? () => target.el.click() : () => { key('keydown'); key('keyup'); };
  const result = await settle(root, act, quietFrames, timeoutMs, window.__benchRuns.started);
  return {...result, changed: root.textContent !== before};
}"""
)


def wait_ready(page: Any, selector: str) -> None:
    """Wait until the page's first run has finished and the DOM under `selector` is quiet."""
    page.wait_for_selector(selector, state="attached", timeout=TIMEOUT_MS)
    page.bring_to_front()  # a page in the background gets no animation frames
    page.evaluate(READY_JS, [selector, READY_QUIET_FRAMES, TIMEOUT_MS])


# Show the part `selector` names when it sits in a tab not selected: click the tab of the
# outermost hidden tab panel holding it (a learner's click too; a tab switch runs no script).
# A tab panel is matched to its tab by position among its own tabs' panels. Returns whether a
# tab was clicked.
REVEAL_JS = """
(selector) => {
  const root = document.querySelector(selector);
  if (!root || root.getClientRects().length) return false;
  let hidden = null;
  for (let e = root.closest('[data-testid="stTabPanel"]'); e;
       e = e.parentElement && e.parentElement.closest('[data-testid="stTabPanel"]')) {
    if (!e.getClientRects().length) hidden = e;
  }
  if (!hidden) return false;
  const tabs = hidden.closest('[data-testid="stTabs"]');
  const own = (testid) => [...tabs.querySelectorAll('[data-testid="' + testid + '"]')]
    .filter((e) => e.closest('[data-testid="stTabs"]') === tabs);
  const tab = own('stTab')[own('stTabPanel').indexOf(hidden)];
  if (!tab) return false;
  tab.click();
  return true;
}
"""


def reveal(page: Any, selector: str) -> bool:
    """Select the tabs that hide `selector`, outermost last; whether it is visible then."""
    for _ in range(5):  # tabs nest a few levels at most
        if not page.evaluate(REVEAL_JS, selector):
            break
    try:
        page.wait_for_selector(selector, state="visible", timeout=5_000)
    except Exception:  # Playwright's TimeoutError: it stays hidden (a closed expander)
        return False
    return True


def widgets_under(page: Any, selector: str) -> list[dict[str, str]]:
    """Every clickable widget under `selector` as {kind, label}, the preferred kind first."""
    return page.evaluate(WIDGETS_JS, selector)


def click_settled(page: Any, selector: str, widget: dict[str, str]) -> dict[str, Any]:
    """Click `widget` under `selector`; the settle timings in seconds and whether text changed."""
    result = page.evaluate(
        CLICK_JS, [selector, widget["kind"], widget["label"], QUIET_FRAMES, TIMEOUT_MS]
    )
    return {
        "settled": result["settled"] / 1000,
        "finished": result["finished"] / 1000,
        "changed": result["changed"],
    }
