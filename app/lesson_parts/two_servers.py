"""Two servers, one store: the steps the durable-state lesson shows as a table.

The same data drives the browser test (tests/e2e/test_durable_state.py), which starts two
`streamlit run` servers on two loopback ports sharing one store and performs every step for
real. The test fails when a step shows something else, so the table on the page is what the
pinned Streamlit really does.
"""

from __future__ import annotations

from dataclasses import dataclass

CONFLICT_NOTICE = "Not saved: this list was changed elsewhere"


@dataclass(frozen=True)
class Step:
    """One action on one server, and what that server's page shows afterwards."""

    server: str  # "A" or "B": two processes on two ports
    action: str  # "open" (the link, with the token once there is one), "add", "reload"
    item: str | None
    items: tuple[str, ...]  # the list the page shows (from the shared store)
    added: int  # "Added in this session" (session state of that server's session)
    notice: str | None = None  # the start of the message shown, if any

    def describe(self) -> str:
        if self.action == "open":
            return "Open the lesson" if not self.items else "Open the same link (with the token)"
        if self.action == "add":
            return f"Add {self.item}"
        return "Click Reload"


STEPS: tuple[Step, ...] = (
    Step("A", "open", None, (), 0),
    Step("A", "add", "milk", ("milk",), 1),
    Step("A", "add", "eggs", ("milk", "eggs"), 2),
    Step("B", "open", None, ("milk", "eggs"), 0),
    Step("B", "add", "bread", ("milk", "eggs", "bread"), 1),
    Step("A", "add", "tea", ("milk", "eggs"), 2, CONFLICT_NOTICE),
    Step("A", "reload", None, ("milk", "eggs", "bread"), 2),
    Step("A", "add", "tea", ("milk", "eggs", "bread", "tea"), 3),
)


def table_rows() -> list[dict[str, str]]:
    """The steps as rows for `st.table`."""
    return [
        {
            "server": step.server,
            "the learner": step.describe(),
            "the list shows": ", ".join(step.items) or "(empty)",
            "added in this session": str(step.added),
            "message": f"{step.notice}…" if step.notice else "",
        }
        for step in STEPS
    ]
