"""A Playwright page with what the browser tests need to know about a Streamlit app.

Waiting, without sleeping: Streamlit 1.67's frontend puts the script-run state on the app root,
`[data-testid="stApp"][data-test-script-state]` (initial, running, rerunRequested,
notRunning, ...), next to `data-test-connection-state` (grep `data-test-script-state` in
streamlit/static). A page load has settled when that reads notRunning on a connected app.

After an action that reruns the script, the DOM alone cannot tell "the rerun is over" from "the
rerun has not started": a short run's `running` is often never committed to the DOM (React
batches it with the `notRunning` that follows; seen on the counter page). So a rerun is over when
the server's `script_finished` message for it has arrived on the app's WebSocket AND the root is
back to notRunning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from google.protobuf.message import DecodeError
from playwright.sync_api import (
    ConsoleMessage,
    Dialog,
    Download,
    Error,
    Locator,
    Page,
    WebSocket,
    expect,
)
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from app.catalog import Lesson, lesson_by_slug
from app.frame.inspector import VALUE_INDENT, parse_views

APP = '[data-testid="stApp"]'
IDLE = f'{APP}[data-test-connection-state="CONNECTED"][data-test-script-state="notRunning"]'
TIMEOUT_MS = 40_000
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


_NEXT_PAINT = "() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))"

# The app's own narrow-screen CSS (app/frame/phone.py) is in the page. It comes in an st.html
# element, whose code the browser fetches on a first visit: until then the phone-only "State"
# popovers and narrow tables show on a wide screen too, and the page is taller.
# Resolves once the element's position has not changed for 10 animation frames.
_STILL_FOR_10_FRAMES = """(el) => new Promise((resolve) => {
    let last = '', same = 0;
    const frame = () => {
        const box = el.getBoundingClientRect();
        const where = `${box.x},${box.y},${box.width},${box.height}`;
        same = where === last ? same + 1 : 0;
        last = where;
        if (same >= 10) resolve(where); else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
})"""
_PHONE_STYLES_IN_PAGE = """() => [...document.querySelectorAll('[data-testid="stHtml"] style')]
    .some((style) => style.textContent.includes('st-key-_state_'))"""


def is_run_end(payload: str | bytes) -> bool:
    """True for the server's message that ends a script run (full or fragment), except the
    "finished early" a run sends when another run replaces it (e.g. `st.rerun()`)."""
    if isinstance(payload, str):
        return False
    try:
        message = ForwardMsg.FromString(payload)
    except DecodeError:
        return False
    return (
        message.WhichOneof("type") == "script_finished"
        and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
    )


# Console errors that are not the app's fault: (message, resource URL). Each says why.
IGNORED_CONSOLE_ERRORS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # On a deep link such as /quick-start, Streamlit's frontend looks for the server's base
    # path by probing /quick-start/_stcore/health and /host-config first (404), then /_stcore/
    # (200). Chromium logs the 404s; they come from Streamlit's discovery, not from the app.
    (
        re.compile(r"^Failed to load resource: the server responded with a status of 404"),
        re.compile(r"^http://127\.0\.0\.1:\d+/[^?#]+/_stcore/(health|host-config)$"),
    ),
)


# Marks (data-e2e-show) the tab button of the outermost closed tab panel around an element.
_MARK_OUTERMOST_CLOSED_TAB = """(el) => {
    document.querySelectorAll('[data-e2e-show]').forEach((t) => t.removeAttribute('data-e2e-show'));
    let closed = null;
    for (let p = el.closest('[data-testid=stTabPanel]'); p;
         p = p.parentElement?.closest('[data-testid=stTabPanel]')) {
        if (p.hasAttribute('data-st-inactive')) closed = p;
    }
    if (!closed) return false;
    const tabs = closed.closest('[data-testid=stTabs]');
    const own = (node) => node.closest('[data-testid=stTabs]') === tabs;
    const panels = [...tabs.querySelectorAll('[data-testid=stTabPanel]')].filter(own);
    const buttons = [...tabs.querySelectorAll('[role=tab]')].filter(own);
    buttons[panels.indexOf(closed)].setAttribute('data-e2e-show', '');
    return true;
}"""


def open_tab(app: StreamlitPage, name: str) -> Locator:
    """Click the tab `name` of the page and return its panel, once it shows."""
    app.page.get_by_role("tab", name=name).click()
    panel = app.page.get_by_role("tabpanel", name=name)
    expect(panel).to_be_visible()
    return panel


def keyed(scope: Locator, key: str) -> Locator:
    """The element Streamlit drew for widget `key` (it carries the class st-key-<key>)."""
    return scope.locator(f".st-key-{key}")


def catalog_lesson(slug: str) -> Lesson:
    """A lesson that must exist (the Basics); a missing one is a failure, not a skip."""
    lesson = lesson_by_slug(slug)
    assert lesson is not None, f"no lesson {slug!r} in app/catalog/lessons.py"
    return lesson


def lesson_or_skip(slug: str) -> Lesson:
    """The catalog row for `slug`; skips the test while that lesson has not landed yet."""
    lesson = lesson_by_slug(slug)
    if lesson is None:
        pytest.skip(f"lesson {slug} not in catalog yet")
    return lesson


class StreamlitPage:
    """Wraps a Playwright page: navigation that waits for the app, reruns that settle, and a
    record of console errors, uncaught page errors and JavaScript dialogs."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        page.set_default_timeout(TIMEOUT_MS)
        page.on("console", self._on_console)
        page.on("pageerror", self._on_page_error)
        page.on("dialog", self._on_dialog)
        self._socket: WebSocket | None = None
        page.on("websocket", self._on_websocket)

    def _on_websocket(self, socket: WebSocket) -> None:
        if socket.url.endswith("/_stcore/stream"):
            self._socket = socket

    def _on_console(self, message: ConsoleMessage) -> None:
        url = message.location.get("url", "")
        if message.type == "error" and not any(
            text.search(message.text) and source.search(url)
            for text, source in IGNORED_CONSOLE_ERRORS
        ):
            self.console_errors.append(f"{message.text} ({url})")

    def _on_page_error(self, error: Error) -> None:
        self.page_errors.append(str(error))

    def _on_dialog(self, dialog: Dialog) -> None:
        # An alert() from typed text would mean script injection: record it, never accept it.
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    # Navigation -----------------------------------------------------------------------------

    def open(self, path: str = "") -> StreamlitPage:
        """Load `/<path>` (a lesson slug, optionally with a query string) and wait for the run."""
        self.page.goto(f"/{path}")
        self.wait_until_idle()
        return self

    def open_lesson(self, lesson: Lesson, query: str = "") -> StreamlitPage:
        """Open a lesson and wait until its whole frame is drawn: some elements (code blocks,
        page links) are lazy-loaded and appear a moment after the run has finished."""
        self.open(lesson.slug + query)
        self.expect_lesson_frame(lesson)
        return self

    def expect_lesson_frame(self, lesson: Lesson) -> None:
        """The lesson's heading, every listing and the app's CSS are on the page, and no element
        is still a skeleton: Streamlit loads each kind of widget's code on first use (a text
        input, say) and shows a skeleton until then, so a test that looks for the page's
        widgets right after the run could find none."""
        expect(self.main.get_by_role("heading", level=1)).to_have_text(lesson.title)
        # Each snippet's listing: an expander (a closed one draws its content only when opened;
        # tabs draw every panel, shown or not).
        for snippet in lesson.snippets:
            expect(self.listing(snippet.file)).to_have_count(1)
        self.page.wait_for_function(_PHONE_STYLES_IN_PAGE, timeout=TIMEOUT_MS)
        self.wait_for_lazy_elements()

    def reload(self) -> StreamlitPage:
        self.page.reload()
        self.wait_until_idle()
        return self

    def wait_until_idle(self) -> None:
        """Connected, and the script run (the first one after a load) has finished."""
        self.page.wait_for_selector(IDLE, state="attached")

    @contextmanager
    def rerun(self) -> Iterator[None]:
        """Wrap an action that reruns the script; returns once that rerun has finished and the
        app root is back to notRunning."""
        socket = self._socket
        assert socket is not None and not socket.is_closed(), "the app is not connected"
        with socket.expect_event("framereceived", predicate=is_run_end, timeout=TIMEOUT_MS):
            yield
        self.wait_until_idle()
        self.wait_for_paint()

    def wait_for_paint(self) -> None:
        """The frontend renders a run's last messages asynchronously (React schedules the
        commit): let two frames be painted so what follows reads the new DOM."""
        self.page.evaluate(_NEXT_PAINT)

    def wait_until_quiet(self, count: Callable[[], int], quiet_ms: int) -> None:
        """Wait until `count()` (runs ended, say) has not changed for `quiet_ms`; fail when it
        still changes after ten such waits. A request sent before the page learnt of a change
        (a fragment's timer) is answered after it: only then is the page's last word drawn."""
        seen = count()
        for _ in range(10):
            self.page.wait_for_timeout(quiet_ms)
            if count() == seen:
                return
            seen = count()
        raise AssertionError(f"still changing after ten waits of {quiet_ms} ms: {seen}")

    def click(self, target: Locator) -> None:
        with self.rerun():
            target.click()

    def ready_to_press(self, target: Locator) -> None:
        """Wait until a press on `target` lands on it: the page's lazy parts loaded, `target`
        focused (taking the focus can redraw the listing around it) and not moved for 10
        frames. Playwright presses after 2 still frames; a listing's code block drawn late, or
        redrawn as the focus moves, then shifts the target between its press and its release,
        and the click goes to whatever took its place (docs/FLAKES.md)."""
        self.wait_for_lazy_elements()
        target.focus()
        target.evaluate(_STILL_FOR_10_FRAMES)

    def choose(self, box: Locator, option: str) -> None:
        """Open the select box or multiselect `box` and click `option` in its list, which
        reruns. A multiselect's list stays open after the click: press Escape to close it.

        The list opens on a press of the box's combobox, so the press must land on it
        (`ready_to_press`)."""
        combobox = box.get_by_role("combobox")
        self.ready_to_press(combobox)
        combobox.click()
        choice = self.page.get_by_role("option", name=option, exact=True)
        expect(choice).to_be_visible()
        with self.rerun():
            choice.click()

    def enter_text(self, field: Locator, text: str) -> None:
        """Type into a text input and press Enter, which sends the value and reruns."""
        with self.rerun():
            field.fill(text)
            field.press("Enter")

    def go_to_page_in_menu(self, lesson: Lesson) -> None:
        """Open the lesson's section in the top navigation and click its title, as a learner
        moves between lessons."""
        self.page.get_by_test_id("stTopNavSection").filter(has_text=lesson.section).click()
        self.click(self.page.get_by_test_id("stTopNavDropdownLink").filter(has_text=lesson.title))

    # What the learner sees -----------------------------------------------------------------

    @property
    def main(self) -> Locator:
        return self.page.get_by_test_id("stMain")

    @property
    def sidebar(self) -> Locator:
        return self.page.get_by_test_id("stSidebar")

    def button(self, name: str | re.Pattern[str]) -> Locator:
        return self.main.get_by_role("button", name=name, exact=isinstance(name, str))

    def show(self, element: Locator) -> None:
        """Make an element of the page visible as a learner would: open the tabs it sits in,
        outermost first, then scroll to it. Streamlit draws every tab's content; a tab not
        open is an inert `stTabPanel` marked `data-st-inactive` (no role=tabpanel), in the
        same order as its tab buttons. A Broken/Fixed pair can sit in a tab of the lesson."""
        for _ in range(4):  # tabs nest a few levels at most
            found = element.evaluate(_MARK_OUTERMOST_CLOSED_TAB)
            if not found:
                break
            tab = self.page.locator("[data-e2e-show]")
            tab.click()
            expect(tab).to_have_attribute("aria-selected", "true")
        element.scroll_into_view_if_needed()

    def listing(self, file: str) -> Locator:
        """The listing of snippet `file`: an expander under its demo, drawn with the demo (its
        code and downloads only once it is opened)."""
        return self.main.get_by_test_id("stExpander").filter(
            has=self.page.get_by_text(f"Code: {file} (", exact=False)
        )

    def open_code(self, file: str) -> Locator:
        """Open the listing of snippet `file` (an expander under its demo); return the expander."""
        expander = self.listing(file)
        self.show(expander)
        # Open or closed is the <details> element's `open` attribute. The code block is no
        # guide: it is lazy-loaded and shows a moment after the run, so "code not visible yet"
        # on a listing that is open by default led to a click that closed it again.
        if expander.locator("details").get_attribute("open") is None:
            # Opening reruns the page (`on_change="rerun"`): wait for that whole run, so what
            # is clicked next belongs to it.
            self.click(expander.locator("summary"))
        expect(expander.locator("details")).to_have_attribute("open", "")
        expect(expander.get_by_test_id("stCode")).to_be_visible()
        return expander

    def download(self, button: Locator) -> Download:
        """Click a download button once, when the app is idle and the button enabled, and
        return the download it starts; a click that starts none fails with what the page showed.

        A click that started nothing was a tooltip's doing: the test file's download once had
        a `help` tooltip, which opens over the button above it and holds while the pointer is
        on it, so a click meant for that button hit the tooltip (docs/FLAKES.md)."""
        self.wait_until_idle()
        expect(button).to_be_enabled()
        self.ready_to_press(button)
        try:
            with self.page.expect_download(timeout=20_000) as info:
                button.click()
            return info.value
        except PlaywrightTimeoutError as exc:
            shot = self.screenshot("no-download")
            raise AssertionError(
                f"a click on {button} started no download; console errors "
                f"{self.console_errors}, page errors {self.page_errors}, button visible "
                f"{button.is_visible()}, page {self.page.url}, screenshot {shot}"
            ) from exc

    def inspector(self) -> Locator:
        """The state inspector's table of the demo in use (the sidebar's first code block)."""
        return self.inspector_tables().first

    def inspector_tables(self) -> Locator:
        """Both of the inspector's tables: the demo in use, then the keys folded under
        "N more keys" (in the page even while folded)."""
        return self.sidebar.get_by_test_id("stCode")

    def inspector_values(self) -> dict[str, str]:
        """The inspector's tables as {key: repr}; empty when none of the lesson's keys exist."""
        values: dict[str, str] = {}
        for text in self.inspector_tables().all_text_contents():
            values.update(parse_views(text))
        return values

    def expect_inspector(self, key: str, value: str) -> None:
        """The inspector lists `key` with the given value as it shows it, e.g. `3` or `'Ada'`
        (app/frame/inspector.py, `format_views`: a `● key (type)` line, then the value), in
        view or folded."""
        row = rf"[● ] {re.escape(key)} \(\w+\)\n{VALUE_INDENT}{re.escape(value)}"
        table = self.inspector_tables().filter(
            has_text=re.compile(rf"(^|[\s●]){re.escape(key)} \(")
        )
        expect(table).to_have_text(re.compile(rf"(^|\n){row}(\n|$)"))

    def wait_for_lazy_elements(self) -> None:
        """Elements whose code loads on first use (widgets, the Mermaid chart) show a skeleton
        until it has loaded."""
        expect(self.page.get_by_test_id("stSkeleton")).to_have_count(0)

    def screenshot(self, name: str) -> Path:
        """Full-page screenshot into tests/e2e/artifacts/ (git-ignored).

        Streamlit scrolls inside `stMain`, not the document, so `full_page` alone would only
        capture the viewport: the viewport is made as tall as the content for the shot.
        """
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.wait_for_lazy_elements()
        viewport = self.page.viewport_size
        assert viewport is not None
        content_height = self.page.evaluate(
            """() => Math.max(...['stMain', 'stSidebarContent'].map(
                (id) => document.querySelector(`[data-testid="${id}"]`)?.scrollHeight ?? 0))"""
        )
        tall = {"width": viewport["width"], "height": max(viewport["height"], content_height)}
        self.page.set_viewport_size(tall)
        try:
            self.wait_for_lazy_elements()
            self.page.screenshot(path=path, full_page=True, animations="disabled")
        finally:
            self.page.set_viewport_size(viewport)
        return path

    def assert_clean(self) -> None:
        """No Streamlit exception box, no console error, no uncaught error, no dialog."""
        self.wait_for_lazy_elements()
        expect(self.page.get_by_test_id("stException")).to_have_count(0)
        expect(self.page.get_by_test_id("stMermaidError")).to_have_count(0)
        assert not self.console_errors, f"console errors: {self.console_errors}"
        assert not self.page_errors, f"uncaught page errors: {self.page_errors}"
        assert not self.dialogs, f"dialogs opened: {self.dialogs}"
