"""A minimal client of Streamlit 1.67's agent API (`POST /_stcore/agent/interact`).

The API (described by `/_stcore/agent/openapi.json` on a server started with
`--server.enableAgentApi=true`) runs a real AppSession per agent session: widget values and
triggers take the browser's rerun and callback path, and each answer is the settled page as a tree.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

REQUEST_TIMEOUT = 60


class AgentError(RuntimeError):
    pass


@dataclass
class Reply:
    status: int
    body: dict[str, Any]
    text: str
    seconds: float

    @property
    def session_id(self) -> str:
        return self.body["session_id"]

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.body.get("status") == "ready"

    def nodes(self) -> Iterator[dict[str, Any]]:
        stack = [self.body.get("tree", {})]
        while stack:
            node = stack.pop(0)
            yield node
            stack[0:0] = node.get("children", [])

    def action(self, label: str) -> dict[str, Any] | None:
        return next((a for a in self.body.get("actions", []) if a["label"] == label), None)

    def node(self, key: str) -> dict[str, Any] | None:
        return next((n for n in self.nodes() if n.get("key") == key), None)

    def markdown_starting(self, prefix: str) -> str | None:
        for node in self.nodes():
            body = node.get("props", {}).get("body")
            if node.get("type") == "markdown" and isinstance(body, str) and body.startswith(prefix):
                return body
        return None


def openapi(base_url: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"{base_url}/_stcore/agent/openapi.json", timeout=10) as resp:
        return json.load(resp)


def interact(base_url: str, **body: Any) -> Reply:
    data = json.dumps({k: v for k, v in body.items() if v is not None}).encode()
    request = urllib.request.Request(
        f"{base_url}/_stcore/agent/interact",
        data=data,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as resp:
            status, text = resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        status, text = exc.code, exc.read().decode()
    elapsed = time.perf_counter() - start
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError:
        parsed = {}
    return Reply(status, parsed, text, elapsed)
