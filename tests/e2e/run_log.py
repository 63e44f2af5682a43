"""What crosses the app's WebSocket, decoded: the runs the browser asks for and how runs end.

Only a browser decides whether a click reruns a fragment or the whole page, and only it keeps
the `run_every` timer, so the fragment and dialog tests read both ends of the socket:
- sent: each `rerun_script` request, with the fragment id it targets ("" = the whole page),
  whether the fragment timer sent it, and the widget triggers it carries;
- received: each `script_finished`, which says whether a full run or a fragment run ended,
  and where each element or block a run sends goes (its delta path).
"""

from __future__ import annotations

from dataclasses import dataclass

from google.protobuf.message import DecodeError
from playwright.sync_api import Page, WebSocket, expect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from app.catalog import Lesson

from .streamlit_page import StreamlitPage

FULL_RUN = ForwardMsg.FINISHED_SUCCESSFULLY
EARLY = ForwardMsg.FINISHED_EARLY_FOR_RERUN
FRAGMENT_RUN = ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY


@dataclass(frozen=True)
class RunRequest:
    fragment_id: str
    is_auto_rerun: bool
    triggers: tuple[str, ...]  # ids of widgets whose trigger value is set (buttons, dialogs)
    values: tuple[tuple[str, object], ...] = ()  # (widget id, value) the browser sent along


class RunLog:
    """Attach before the page loads (the socket opens with the first page)."""

    def __init__(self, page: Page) -> None:
        self.requests: list[RunRequest] = []
        self.ends: list[int] = []
        self.delta_paths: list[tuple[int, ...]] = []
        page.on("websocket", self._on_websocket)

    def _on_websocket(self, socket: WebSocket) -> None:
        if socket.url.endswith("/_stcore/stream"):
            socket.on("framesent", self._on_sent)
            socket.on("framereceived", self._on_received)

    def _on_sent(self, payload: str | bytes) -> None:
        if isinstance(payload, str):
            return
        message = BackMsg.FromString(payload)
        if message.WhichOneof("type") != "rerun_script":
            return
        state = message.rerun_script
        triggers = tuple(
            w.id
            for w in state.widget_states.widgets
            if w.WhichOneof("value") == "trigger_value" and w.trigger_value
        )
        values = tuple(
            (w.id, getattr(w, w.WhichOneof("value")))
            for w in state.widget_states.widgets
            if w.WhichOneof("value") in ("bool_value", "string_value", "int_value", "double_value")
        )
        self.requests.append(RunRequest(state.fragment_id, state.is_auto_rerun, triggers, values))

    def _on_received(self, payload: str | bytes) -> None:
        if isinstance(payload, str):
            return
        try:
            message = ForwardMsg.FromString(payload)
        except DecodeError:
            return
        if message.WhichOneof("type") == "script_finished":
            self.ends.append(message.script_finished)
        elif message.WhichOneof("type") == "delta":
            self.delta_paths.append(tuple(message.metadata.delta_path))

    @classmethod
    def open_lesson(cls, app: StreamlitPage, lesson: Lesson) -> tuple[StreamlitPage, RunLog]:
        """Attach a log, then open the lesson, with page loads given 45 s: fragment and dialog
        runs are counted one by one, on two cores shared by many processes."""
        app.page.set_default_timeout(45_000)
        log = cls(app.page)
        app.open(lesson.slug)
        expect(app.main.get_by_role("heading", level=1)).to_have_text(lesson.title)
        return app, log

    def mark(self) -> tuple[int, int]:
        """Positions to read what happened after this point."""
        return len(self.requests), len(self.ends)

    def requests_since(self, mark: tuple[int, int]) -> list[RunRequest]:
        return self.requests[mark[0] :]

    def ends_since(self, mark: tuple[int, int]) -> list[int]:
        """How each run ended, leaving out runs cut short by a rerun that replaced them."""
        return [end for end in self.ends[mark[1] :] if end != EARLY]

    def timer_requests_since(self, mark: tuple[int, int]) -> list[RunRequest]:
        return [r for r in self.requests_since(mark) if r.is_auto_rerun]

    def wait_until_settled(
        self, app: StreamlitPage, mark: tuple[int, int], end: int, quiet_ms: int = 1_500
    ) -> None:
        """Wait for a run that ends as `end` after `mark`, then until no run has ended for
        `quiet_ms`. A click's own run can finish after a fragment run already in flight (which
        `app.click` may take for the click's run), and a timer request sent before the page
        learnt of the click is answered after it: only then is the page's last word drawn."""
        for _ in range(200):
            if end in self.ends_since(mark):
                break
            app.page.wait_for_timeout(100)
        else:
            raise AssertionError(f"no run ended as {end} in 20 s: {self.ends_since(mark)}")
        app.wait_until_quiet(lambda: len(self.ends), quiet_ms)
        app.wait_until_idle()
        app.wait_for_paint()
