"""One script run of a real server, read the way a browser tab reads it: open the app's
WebSocket, ask for a run, collect the ForwardMsgs until the run is over."""

from __future__ import annotations

import time

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.sync.client import connect


def first_run(url: str, timeout: float = 60.0) -> list[ForwardMsg]:
    """Every message of a new session's first run, up to its `script_finished`."""
    messages: list[ForwardMsg] = []
    address = url.replace("http://", "ws://") + "/_stcore/stream"
    with connect(address, subprotocols=["streamlit"], max_size=None, open_timeout=timeout) as ws:
        request = BackMsg()
        request.rerun_script.query_string = ""
        ws.send(request.SerializeToString())
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            payload = ws.recv(timeout=deadline - time.monotonic())
            if isinstance(payload, str):
                continue
            messages.append(ForwardMsg.FromString(payload))
            if messages[-1].WhichOneof("type") == "script_finished":
                return messages
    raise TimeoutError("the script run did not finish")


def elements(messages: list[ForwardMsg]) -> list[tuple[str, object]]:
    """(type, element proto) of every element the run drew, in order."""
    drawn = []
    for message in messages:
        if message.WhichOneof("type") == "delta" and message.delta.WhichOneof("type") == (
            "new_element"
        ):
            element = message.delta.new_element
            kind = element.WhichOneof("type")
            drawn.append((kind, getattr(element, kind)))
    return drawn
