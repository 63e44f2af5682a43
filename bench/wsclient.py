"""A browser-less Streamlit session over the app's own protocol (websocket + protobuf).

It does what the frontend does on page load: open `/_stcore/stream`, send a `rerun_script`
BackMsg for a page, and read ForwardMsgs until `script_finished`. The server holds a real
AppSession for it, like for a browser tab, which is what the memory benchmark needs.
"""

from __future__ import annotations

import time
from contextlib import ExitStack

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import ClientConnection, connect


class ProtocolSession:
    def __init__(self, base_url: str, page: str = "") -> None:
        self.url = base_url.replace("http://", "ws://") + "/_stcore/stream"
        self.page = page
        self.ws: ClientConnection | None = None
        self._stack = ExitStack()
        self.markdown: list[str] = []

    def open(self, timeout: float = 60.0) -> ProtocolSession:
        self.ws = self._stack.enter_context(
            connect(self.url, subprotocols=["streamlit"], max_size=None, open_timeout=timeout)
        )
        msg = BackMsg()
        msg.rerun_script.query_string = ""
        msg.rerun_script.page_name = self.page
        self.ws.send(msg.SerializeToString())
        self.wait_finished(timeout)
        return self

    def wait_finished(self, timeout: float) -> None:
        assert self.ws is not None
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("script did not finish")
            fwd = ForwardMsg.FromString(self.ws.recv(timeout=remaining))
            if fwd.delta.new_element.WhichOneof("type") == "markdown":
                self.markdown.append(fwd.delta.new_element.markdown.body)
            if fwd.WhichOneof("type") == "script_finished":
                return

    def close(self) -> None:
        self._stack.close()
        self.ws = None
