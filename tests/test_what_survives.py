"""The what-survives lesson under AppTest: the demo, the events AppTest can really perform
(rerun, a run without the widgets, a page switch), the table drawn from the matrix data, the
token in the URL and the caches shared between sessions. Reloads, new tabs, dropped
connections, restarts and replicas need a browser: tests/e2e/test_what_survives.py."""

from __future__ import annotations

import re

import pandas as pd
import pytest
import streamlit as st
from conftest import (
    click,
    headings,
    links_to_lesson,
    open_lesson,
    open_snippet,
    page_links,
    texts,
)
from streamlit.testing.v1 import AppTest

from app.lesson_parts.survival import EVENTS, KEPT, LOST, RESENT, STORES, column, table_rows

SLUG = "what-survives"
STORE = "Store a new value everywhere"
TOKEN = re.compile(r"[\w-]{22}")


@pytest.fixture(autouse=True)
def _fresh_server(tmp_path, monkeypatch):
    """Each test starts as on a server nobody used yet: the snippet's SQLite file in a throwaway
    folder, and the process-wide caches (shared by every AppTest in this process, as by every
    session of a server) empty."""
    monkeypatch.setenv("SURVIVE_DB", str(tmp_path / "store.sqlite3"))
    st.cache_data.clear()
    st.cache_resource.clear()


def demo() -> AppTest:
    """The stores snippet alone: what it keeps and how it reads the URL needs no lesson page."""
    at = open_snippet("what_survives_stores.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def readout(at) -> dict[str, str]:
    """The stores demo's list (the code block starting "plain key"): store label -> value."""
    (block,) = [code for code in at.code if code.value.startswith("plain key")]
    return {line[:24].strip(): line[24:].strip() for line in block.value.splitlines()}


def store_a_value(at) -> str:
    click(at, STORE)
    values = readout(at)
    assert len(set(values.values())) == 1, values
    return values["durable store"]


def came_back(at, value: str) -> dict[str, bool]:
    shown = readout(at)
    return {store.id: shown[store.readout] == value for store in STORES}


def expected_back(event: str) -> dict[str, bool]:
    return {store: outcome in (KEPT, RESENT) for store, outcome in column(event).items()}


def test_first_visit_shows_the_demo_in_the_first_tab():
    at = open_lesson(SLUG)
    assert [t.label for t in at.tabs] == ["Try it", "The whole matrix", "How it works"]
    assert set(readout(at)) == {store.readout for store in STORES}
    assert not at.warning


def test_first_run_of_the_demo_stores_nothing_and_gives_a_token():
    at = demo()
    assert set(readout(at).values()) == {"—"}
    token = at.query_params["survive_token"]
    assert TOKEN.fullmatch(token) and at.session_state.survive_token == token


def test_one_button_stores_the_same_value_in_every_place():
    at = demo()
    value = store_a_value(at)
    assert re.fullmatch(r"[0-9a-f]{4}", value)
    for key in ("survive_plain", "survive_widget", "survive_page", "survive_session"):
        assert at.session_state[key] == value
    assert at.text_input(key="survive_url").value == value
    assert at.query_params["survive_url"] == value  # bind="query-params" writes the URL
    assert not at.exception and not at.warning
    # A second press stores a new value everywhere, replacing the first.
    assert store_a_value(at) != value


def test_rerun_column():
    at = demo()
    value = store_a_value(at)
    click(at, "Rerun")
    assert came_back(at, value) == expected_back("rerun")


def test_widgets_not_drawn_for_one_run_column():
    at = demo()
    value = store_a_value(at)
    click(at, "Hide widgets for one run")
    assert not at.text_input
    assert at.main.info[0].value == "Widgets not drawn in this run. Press Rerun."
    click(at, "Rerun")
    assert came_back(at, value) == expected_back("hide")
    assert "survive_widget" in at.session_state  # drawn again, at its default
    assert at.text_input(key="survive_widget").value == ""


def test_page_switch_column():
    at = open_lesson(SLUG)
    value = store_a_value(at)
    links = page_links(at)
    assert links["Go to the other page"] == "what-survives-other"
    at.switch_page("lessons/what_survives_other.py").run()
    assert not at.exception
    assert at.title[0].value == "The other page"
    assert not at.main.text_input  # the companion draws none of the demo's widgets
    assert page_links(at)["Back to the lesson"] == SLUG
    at.switch_page("lessons/what_survives.py").run()
    assert came_back(at, value) == expected_back("page_switch")


@pytest.mark.parametrize("bad", ["", "short", "<script>alert(1)</script>", "x" * 200, "a b"])
def test_a_malformed_token_in_the_url_is_replaced_with_a_fresh_one(bad):
    at = demo()
    at.query_params["survive_token"] = bad
    at.run()
    assert not at.exception
    token = at.query_params["survive_token"]
    assert TOKEN.fullmatch(token) and token != bad
    store_a_value(at)


def test_whoever_has_the_token_reads_that_browsers_stored_value():
    first = demo()
    value = store_a_value(first)
    token = first.query_params["survive_token"]
    other = demo()  # another session: nothing of the first one's session state
    assert readout(other)["durable store"] == "—"
    other.query_params["survive_token"] = token
    other.run()
    shown = readout(other)
    assert shown["durable store"] == value
    assert shown["plain key"] == "—"
    # ...and overwrites it: the first browser now finds the other one's value.
    theirs = store_a_value(other)
    click(first, "Rerun")
    assert readout(first)["durable store"] == theirs != value


def test_caches_are_shared_by_every_session_but_session_state_is_not():
    first = demo()
    mine = store_a_value(first)
    other = demo()
    theirs = store_a_value(other)
    click(first, "Rerun")
    shown = readout(first)
    assert shown["cache_data"] == shown["cache_resource"] == theirs
    # Session state and this browser's database row stay mine. (A scope="session" cache
    # cannot be told apart here: every AppTest runs as the same session id; the browser
    # suite checks it with real sessions.)
    for label in ("plain key", "keyed widget", "durable store"):
        assert shown[label] == mine, label


def test_typed_text_is_shown_literally_in_the_readout():
    at = demo()
    payload = "**bold** [x](https://evil.example)"
    at.text_input(key="survive_widget").input(payload).run()
    assert readout(at)["keyed widget"] == payload  # a code block: never rendered Markdown
    assert not at.exception


def test_the_table_is_drawn_from_the_matrix_data():
    at = open_lesson(SLUG)
    table = at.main.table[0].value
    expected = pd.DataFrame(table_rows())
    assert list(table.columns) == list(expected.columns)
    assert table.astype(str).values.tolist() == expected.astype(str).values.tolist()
    assert [event.title for event in EVENTS] == list(table.columns)[1:]
    cells = {cell for row in table_rows() for cell in list(row.values())[1:]}
    assert cells == {":green[kept]", ":red[lost]", ":orange[resent]"}


def test_the_page_links_to_the_related_lessons():
    at = open_lesson(SLUG)
    for slug in ("reload", "multipage", "cache-vs-state"):
        assert links_to_lesson(at, slug), slug
    subheaders = headings(at.main, level=3)
    assert "How it works" in subheaders and "Pitfalls" in subheaders


def test_a_disconnected_session_is_kept_for_120_seconds_by_default():
    from streamlit import config

    assert config.get_option("server.disconnectedSessionTTL") == 120


def test_another_server_is_a_restart_for_everything_in_memory():
    # Both columns are proven separately in the browser; the lesson says they are alike.
    assert column("replica") == column("restart")


def test_back_differs_from_the_page_link_only_for_the_bound_widget():
    # Both columns are proven in the browser; the lesson says only the bound value differs.
    link, back = column("page_switch"), column("back")
    assert {store for store in link if link[store] != back[store]} == {"url"}
    assert (link["url"], back["url"]) == (KEPT, LOST)


def test_the_lesson_and_its_other_page_say_what_back_loses():
    at = open_lesson(SLUG)
    assert "**Page switch, then Back.**" in texts(at)
    at.switch_page("lessons/what_survives_other.py").run()
    assert 'the `bind="query-params"` value does not come back that way' in texts(at)
