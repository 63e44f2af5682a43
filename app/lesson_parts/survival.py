"""What survives what: the expected matrix of the `what-survives` lesson, as data.

The lesson's table is drawn from it and the tests are parametrized over it (AppTest performs
the rerun and hide events, tests/e2e/test_what_survives.py every other event for real), so a
Streamlit release that changes one cell fails a test instead of leaving a wrong table on the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Outcome = Literal["kept", "lost", "resent"]

KEPT: Outcome = "kept"
LOST: Outcome = "lost"
# Gone from the server, but the page still open in the browser sends the widget's value again
# with the next click, so the widget shows it (and a reload would lose it).
RESENT: Outcome = "resent"

# How a cell reads in the lesson's table (Streamlit Markdown colours).
CELLS: dict[Outcome, str] = {KEPT: ":green[kept]", LOST: ":red[lost]", RESENT: ":orange[resent]"}


@dataclass(frozen=True)
class Store:
    """One place a value can live. `readout` is its label in the snippet's readout."""

    id: str
    title: str
    readout: str


@dataclass(frozen=True)
class Event:
    """Something that happens to a session. `on_page` says whether the lesson page itself lets
    the learner trigger it (the others need a server operator)."""

    id: str
    title: str
    on_page: bool


STORES: tuple[Store, ...] = (
    Store("plain", "plain key", "plain key"),
    Store("widget", "keyed widget", "keyed widget"),
    Store("persist_page", '`persist_state="page"`', 'persist_state="page"'),
    Store("persist_session", '`persist_state="session"`', 'persist_state="session"'),
    Store("url", '`bind="query-params"`', 'bind="query-params"'),
    Store("cache_data", "`st.cache_data`", "cache_data"),
    Store("cache_session", '`st.cache_data(scope="session")`', 'scope="session" cache'),
    Store("cache_resource", "`st.cache_resource`", "cache_resource"),
    Store("durable", "database, token in the URL", "durable store"),
)

EVENTS: tuple[Event, ...] = (
    Event("rerun", "rerun", on_page=True),
    Event("hide", "not drawn one run", on_page=True),
    Event("page_switch", "page switch", on_page=True),
    Event("back", "page switch, then Back", on_page=True),
    Event("ws_drop", "connection drop", on_page=False),
    Event("reload", "reload", on_page=True),
    Event("new_tab", "new tab", on_page=True),
    Event("restart", "server restart", on_page=False),
    Event("replica", "other server", on_page=False),
)

_K, _L, _R = KEPT, LOST, RESENT
# Columns in EVENTS order: rerun, hide, page_switch, back, ws_drop, reload, new_tab, restart,
# replica.
_ROWS: dict[str, tuple[Outcome, ...]] = {
    "plain": (_K, _K, _K, _K, _K, _L, _L, _L, _L),
    "widget": (_K, _L, _L, _L, _K, _L, _L, _R, _R),
    "persist_page": (_K, _K, _L, _L, _K, _L, _L, _R, _R),
    "persist_session": (_K, _K, _K, _K, _K, _L, _L, _R, _R),
    "url": (_K, _K, _K, _L, _K, _K, _K, _K, _K),
    "cache_data": (_K, _K, _K, _K, _K, _K, _K, _L, _L),
    "cache_session": (_K, _K, _K, _K, _L, _L, _L, _L, _L),
    "cache_resource": (_K, _K, _K, _K, _K, _K, _K, _L, _L),
    "durable": (_K, _K, _K, _K, _K, _K, _K, _K, _K),
}

MATRIX: dict[tuple[str, str], Outcome] = {
    (store, event.id): outcome
    for store, row in _ROWS.items()
    for event, outcome in zip(EVENTS, row, strict=True)
}


def expected(store: str, event: str) -> Outcome:
    return MATRIX[(store, event)]


def column(event: str) -> dict[str, Outcome]:
    """Store id -> outcome for one event."""
    return {store.id: MATRIX[(store.id, event)] for store in STORES}


def table_rows() -> list[dict[str, str]]:
    """The matrix as rows for `st.table`: one row per store, one column per event."""
    return [
        {"value in": store.title}
        | {event.title: CELLS[MATRIX[(store.id, event.id)]] for event in EVENTS}
        for store in STORES
    ]


def narrow_rows() -> str:
    """The matrix for a narrow screen, as Markdown: one line per store, its events grouped by
    outcome ("kept: rerun; reload · lost: new tab"; an event's title may hold a comma)."""
    lines = []
    for store in STORES:
        groups = {outcome: [] for outcome in CELLS}
        for event in EVENTS:
            groups[MATRIX[(store.id, event.id)]].append(event.title)
        parts = [f"{CELLS[o]}: {'; '.join(titles)}" for o, titles in groups.items() if titles]
        lines.append(f"- **{store.title}** · " + " · ".join(parts))
    return "\n".join(lines)
