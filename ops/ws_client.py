"""A browser-less Streamlit session over the app's own protocol (websocket + protobuf), the one
client the tests and the bench use to open real sessions without a browser.

It does what the frontend does on page load: open `/_stcore/stream`, send a `rerun_script`
BackMsg for a page, and read ForwardMsgs until `script_finished`. The server holds a real
AppSession for it, like for a browser tab.

It can also act like a learner: `click(label)` sends the rerun a button click sends (the
button's trigger in the widget states), `set_text(label, text)` the rerun of a text input
committed with Enter, and `switch(page)` a page switch. Each returns once that run has finished;
`run_elements`, `run_markdown` and `run_texts` then hold what the run drew.
"""

from __future__ import annotations

import time
from contextlib import ExitStack
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import ClientConnection, connect

# Elements whose text a leak check reads (what a learner reads on the page).
TEXT_ELEMENTS = {"markdown": "body", "text": "body", "code": "code_text", "alert": "body"}


class ProtocolSession:
    def __init__(
        self, base_url: str, page: str = "", *, headers: dict[str, str] | None = None
    ) -> None:
        """`headers`: sent with the websocket handshake (e.g. a browser's Cookie and Origin)."""
        self.url = base_url.replace("http://", "ws://") + "/_stcore/stream"
        self.page = page
        self.headers = headers or {}
        self.ws: ClientConnection | None = None
        self._stack = ExitStack()
        self.markdown: list[str] = []  # every run's Markdown, in order
        self.run_elements: list[tuple[str, Any]] = []  # the last run's (type, element proto)
        self.run_markdown: list[str] = []  # the last run's Markdown
        self.run_texts: list[str] = []  # the last run's text of every TEXT_ELEMENTS element
        self.widgets: dict[str, str] = {}  # label -> widget id, of the last run
        self.page_script_hash = ""

    def open(self, timeout: float = 60.0) -> ProtocolSession:
        self.ws = self._stack.enter_context(
            connect(
                self.url,
                subprotocols=["streamlit"],
                max_size=None,
                open_timeout=timeout,
                additional_headers=self.headers,
            )
        )
        self.rerun(timeout, page_name=self.page)
        return self

    def rerun(self, timeout: float = 60.0, *, page_name: str = "", **widget: object) -> None:
        """Ask for a run (of `page_name`, else of the current page) and wait until it ends.
        `widget`: one WidgetState's fields (`id` and a value) the run sees as changed."""
        assert self.ws is not None
        msg = BackMsg()
        msg.rerun_script.query_string = ""
        msg.rerun_script.page_name = page_name
        if not page_name:
            msg.rerun_script.page_script_hash = self.page_script_hash
        if widget:
            state = msg.rerun_script.widget_states.widgets.add()
            for field, value in widget.items():
                setattr(state, field, value)
        self.ws.send(msg.SerializeToString())
        self.wait_finished(timeout)

    def click(self, label: str, timeout: float = 60.0) -> None:
        self.rerun(timeout, id=self.widgets[label], trigger_value=True)

    def set_text(self, label: str, text: str, timeout: float = 60.0) -> None:
        self.rerun(timeout, id=self.widgets[label], string_value=text)

    def switch(self, page: str, timeout: float = 60.0) -> None:
        self.rerun(timeout, page_name=page)

    def wait_finished(self, timeout: float) -> None:
        assert self.ws is not None
        self.run_elements, self.run_markdown, self.run_texts, self.widgets = [], [], [], {}
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("script did not finish")
            payload = self.ws.recv(timeout=remaining)
            if isinstance(payload, str):  # a text frame carries no ForwardMsg
                continue
            fwd = ForwardMsg.FromString(payload)
            kind = fwd.WhichOneof("type")
            if kind == "navigation":  # st.navigation: the page that runs
                self.page_script_hash = fwd.navigation.page_script_hash
            elif kind == "new_session" and not self.page_script_hash:
                self.page_script_hash = fwd.new_session.page_script_hash
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                self._read(fwd.delta.new_element)
            elif kind == "script_finished" and (
                fwd.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
            ):
                return

    def _read(self, element: Any) -> None:
        kind = element.WhichOneof("type")
        proto = getattr(element, kind)
        self.run_elements.append((kind, proto))
        if kind == "markdown":
            self.markdown.append(proto.body)
            self.run_markdown.append(proto.body)
        if kind in TEXT_ELEMENTS:
            self.run_texts.append(getattr(proto, TEXT_ELEMENTS[kind]))
        label, widget_id = getattr(proto, "label", None), getattr(proto, "id", None)
        if isinstance(label, str) and isinstance(widget_id, str) and widget_id:
            self.widgets.setdefault(label, widget_id)

    def close(self) -> None:
        self._stack.close()
        self.ws = None


def first_run(url: str, page: str = "", timeout: float = 60.0) -> list[tuple[str, Any]]:
    """(type, element proto) of every element a new session's first run draws, in order."""
    session = ProtocolSession(url, page).open(timeout)
    try:
        return session.run_elements
    finally:
        session.close()
