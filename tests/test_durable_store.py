"""The durable-state store on SQLite and on PostgreSQL (fixture `store_url`, tests/pg.py): the
snippets under AppTest with the store's URL in `[connections.durable]` (the secrets.toml a
deployment uses), checked against the database itself; and many sessions writing one row at
once (bench/suite/durable.py).

A fresh AppTest with the token in its query parameters is a new session, as a reload or a new
tab is: it keeps only the URL.
"""

from __future__ import annotations

import json
import logging
import re
import time

import pytest
import sqlalchemy as sa
from conftest import open_snippet
from pg import create_database
from streamlit.testing.v1 import AppTest

from bench.suite.durable import STORE_SNIPPET, TWO_TABS_SNIPPET, hammer, main, snippet_sql

STORE = "durable_state_store.py"
TWO_TABS = "durable_state_two_tabs.py"
TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")
DAY = 86400
UNREACHABLE = (
    "The saved lists cannot be reached right now; what you typed is kept. Try again in a moment."
)


def open_store(url: str, token: str | None = None, file: str = STORE) -> AppTest:
    at = open_snippet(file)
    at.secrets["connections"] = {"durable": {"url": url}}
    if token is not None:
        at.query_params["durable_token"] = token
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def add(at: AppTest, item: str) -> AppTest:
    at.text_input(key="durable_item").input(item)
    return at.button(key="durable_add").click().run()


def shown_items(at: AppTest) -> str:
    return at.text[0].value


def warnings(at: AppTest) -> list[str]:
    return [w.value for w in at.warning]


@pytest.fixture
def statements():
    """Every SQL statement any engine of this process runs during the test, in order."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(" ".join(statement.split()))

    sa.event.listen(sa.engine.Engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(sa.engine.Engine, "before_cursor_execute", record)


def rows(url: str) -> list[sa.Row]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            query = "SELECT token, data, version, last_seen FROM durable_state"
            return list(connection.execute(sa.text(query)))
    finally:
        engine.dispose()


def execute(url: str, sql: str, **params) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text(sql), params)
    finally:
        engine.dispose()


def test_first_save_issues_a_token_in_the_url_and_stores_json(store_url):
    at = open_store(store_url)
    assert at.session_state["durable_token"] is None
    assert "durable_token" not in at.query_params  # nothing stored, no token yet
    assert rows(store_url) == []
    add(at, "milk")
    token = at.session_state["durable_token"]
    assert TOKEN.fullmatch(token)
    assert at.query_params["durable_token"] == token
    [row] = rows(store_url)
    assert row.token == token and row.version == 1
    assert json.loads(row.data) == {"items": ["milk"]}
    assert abs(row.last_seen - time.time()) < 60
    assert shown_items(at) == "- milk"
    assert at.text_input(key="durable_item").value == ""


def test_a_new_session_with_the_token_gets_the_list_back(store_url):
    first = open_store(store_url)
    add(first, "milk")
    add(first, "eggs")
    token = first.session_state["durable_token"]
    execute(store_url, "UPDATE durable_state SET last_seen = :t", t=int(time.time()) - DAY)
    reloaded = open_store(store_url, token)
    assert reloaded.session_state["durable_items"] == ["milk", "eggs"]
    assert reloaded.session_state["durable_version"] == 2
    assert reloaded.session_state["durable_added"] == 0  # session state started over
    assert shown_items(reloaded) == "- milk\n- eggs"
    assert warnings(reloaded) == []
    [row] = rows(store_url)
    assert abs(row.last_seen - time.time()) < 60  # opening it counts as "seen"


def test_two_sessions_same_token_second_write_is_refused_then_reload_fixes_it(store_url):
    tab_a = open_store(store_url)
    add(tab_a, "milk")
    tab_b = open_store(store_url, tab_a.session_state["durable_token"])
    add(tab_b, "eggs")
    add(tab_a, "bread")  # tab A still holds version 2
    [notice] = warnings(tab_a)
    assert notice.startswith("Not saved: this list was changed elsewhere")
    assert "Reload" in notice
    assert tab_a.text_input(key="durable_item").value == "bread"  # the typed text is kept
    assert json.loads(rows(store_url)[0].data) == {"items": ["milk", "eggs"]}
    tab_a.button(key="durable_reload").click().run()
    assert tab_a.session_state["durable_items"] == ["milk", "eggs"]
    tab_a.button(key="durable_add").click().run()
    assert json.loads(rows(store_url)[0].data) == {"items": ["milk", "eggs", "bread"]}
    assert rows(store_url)[0].version == 3
    assert not tab_a.exception


def test_new_token_moves_the_row_and_the_old_link_opens_nothing(store_url):
    at = open_store(store_url)
    add(at, "milk")
    old = at.session_state["durable_token"]
    at.button(key="durable_rotate").click().run()
    new = at.session_state["durable_token"]
    assert TOKEN.fullmatch(new) and new != old
    assert at.query_params["durable_token"] == new
    assert "the old link no longer opens your list" in warnings(at)[0]
    assert [r.token for r in rows(store_url)] == [new]
    stale = open_store(store_url, old)
    assert stale.session_state["durable_items"] == []
    assert warnings(stale)[0].startswith("No saved list belongs to this link")
    assert open_store(store_url, new).session_state["durable_items"] == ["milk"]


def test_forget_me_deletes_the_row_and_the_token(store_url):
    at = open_store(store_url)
    add(at, "milk")
    token = at.session_state["durable_token"]
    at.button(key="durable_forget").click().run()
    assert rows(store_url) == []
    assert "durable_token" not in at.query_params
    assert at.session_state["durable_items"] == []
    assert warnings(at)[0].startswith("Forgotten: your row is deleted")
    assert warnings(open_store(store_url, token))[0].startswith("No saved list belongs")


def test_an_expired_row_is_deleted_with_a_clear_message(store_url):
    at = open_store(store_url)
    add(at, "milk")
    token = at.session_state["durable_token"]
    execute(store_url, "UPDATE durable_state SET last_seen = :t", t=int(time.time()) - 31 * DAY)
    late = open_store(store_url, token)
    assert late.session_state["durable_items"] == []
    assert late.session_state["durable_token"] is None
    assert "not opened for 30 days and was deleted" in warnings(late)[0]
    assert "durable_token" not in late.query_params
    assert rows(store_url) == []


def test_a_new_token_sweeps_rows_nobody_opened_for_30_days(store_url):
    old = open_store(store_url)
    add(old, "old")
    execute(store_url, "UPDATE durable_state SET last_seen = :t", t=int(time.time()) - 31 * DAY)
    add(open_store(store_url), "new")
    assert [json.loads(r.data) for r in rows(store_url)] == [{"items": ["new"]}]


def test_the_size_cap_refuses_a_save_and_keeps_the_stored_list(store_url):
    at = open_store(store_url)
    for n in range(19):  # 19 items of 100 characters: 1,987 bytes of JSON
        add(at, f"{n:02d}" + "x" * 98)
    stored = rows(store_url)[0]
    assert len(json.loads(stored.data)["items"]) == 19
    add(at, "y" * 100)
    assert "over the limit of 2,000" in warnings(at)[0]
    assert rows(store_url)[0].data == stored.data
    assert len(at.session_state["durable_items"]) == 19
    assert at.text_input(key="durable_item").value == "y" * 100  # nothing typed is lost
    at.button(key="durable_clear").click().run()
    assert json.loads(rows(store_url)[0].data) == {"items": []}


@pytest.mark.parametrize(
    "bad",
    ["short", "x" * 44, "!" * 43, "a b" + "c" * 40, "../" * 15, "é" * 43],
    ids=["short", "too-long", "punctuation", "space", "path", "non-ascii"],
)
def test_a_malformed_token_loads_nothing_and_never_queries(store_url, bad, statements):
    at = open_snippet(STORE)
    at.secrets["connections"] = {"durable": {"url": store_url}}
    at.query_params["durable_token"] = bad
    at.run()
    assert not at.exception
    assert [s for s in statements if "WHERE token" in s] == []  # the token never reaches SQL
    assert warnings(at) == [
        "This link's token is not valid, so nothing was loaded. You start with an empty list."
    ]
    assert "durable_token" not in at.query_params
    assert at.session_state["durable_items"] == [] and shown_items(at) == "(empty)"
    add(at, "fresh")
    assert at.session_state["durable_token"] != bad
    assert TOKEN.fullmatch(at.session_state["durable_token"])


def test_a_tampered_token_belongs_to_nobody_and_leaks_nothing(store_url):
    owner = open_store(store_url)
    add(owner, "secret plans")
    token = owner.session_state["durable_token"]
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    at = open_store(store_url, tampered)
    assert at.session_state["durable_items"] == []
    assert warnings(at)[0].startswith("No saved list belongs to this link")
    everything = " ".join(
        [*warnings(at), *(t.value for t in at.text), *(m.value for m in at.markdown)]
    )
    assert "secret plans" not in everything and token not in everything
    add(at, "mine")  # a fresh token: the app never adopts one it did not issue
    assert at.session_state["durable_token"] not in (tampered, token)
    assert json.loads(next(r for r in rows(store_url) if r.token == token).data) == {
        "items": ["secret plans"]
    }


def everything_shown(at: AppTest) -> str:
    parts = [*at.text, *at.markdown, *at.warning, *at.info, *at.caption, *at.code, *at.exception]
    return " ".join(str(part.value) for part in parts)


def test_postgres_stopped_while_in_use_gives_a_message_and_recovers(own_pg_cluster, caplog):
    caplog.set_level(logging.WARNING)
    url = create_database(own_pg_cluster)
    at = open_store(url)
    add(at, "milk")
    token = at.session_state["durable_token"]
    demo = open_store(url, file=TWO_TABS)
    demo.button(key="durable_add_A").click().run()
    own_pg_cluster.pause()
    add(at, "eggs")
    assert warnings(at) == [UNREACHABLE]
    assert shown_items(at) == "- milk" and at.text_input(key="durable_item").value == "eggs"
    reopened = open_store(url, token)  # a reload while the server is down
    assert warnings(reopened) == [UNREACHABLE]
    assert reopened.query_params["durable_token"] == token
    demo.button(key="durable_add_B").click().run()
    assert UNREACHABLE in [w.value for w in demo.warning] + [i.value for i in demo.info]
    for page in (at, reopened, demo):
        assert not page.exception and token not in everything_shown(page)
    assert "durable store failed" in caplog.text
    assert token not in caplog.text and "[parameters" not in caplog.text
    own_pg_cluster.resume()
    at.button(key="durable_add").click().run()
    assert warnings(at) == [] and shown_items(at) == "- milk\n- eggs"
    reopened.run()
    assert warnings(reopened) == [] and shown_items(reopened) == "- milk\n- eggs"
    demo.button(key="durable_add_B").click().run()
    assert demo.text[-1].value == "In the store: eggs"


def test_two_tabs_demo_loses_an_update_without_the_version_check(store_url):
    at = open_store(store_url, file=TWO_TABS)
    at.button(key="durable_add_A").click().run()
    at.button(key="durable_add_B").click().run()
    assert at.text[-1].value == "In the store: eggs"
    assert "**Lost updates: 1**" in at.markdown[-1].value


def test_two_tabs_demo_refuses_the_stale_tab_with_the_version_check(store_url):
    at = open_store(store_url, file=TWO_TABS)
    at.toggle(key="durable_check").set_value(True).run()
    at.button(key="durable_add_A").click().run()
    at.button(key="durable_add_B").click().run()
    assert [i.value for i in at.info] == [
        "Not saved: the list changed elsewhere since this tab loaded it. Reload, then add again."
    ]
    at.button(key="durable_reload_B").click().run()
    at.button(key="durable_add_B").click().run()
    assert at.text[-1].value == "In the store: milk, eggs"
    assert "**Lost updates: 0**" in at.markdown[-1].value


@pytest.mark.parametrize("mode", ["version check", "last write wins"])
def test_concurrent_sessions_lose_updates_only_without_the_version_check(store_url, mode):
    result = hammer(store_url, sessions=6, writes=5, mode=mode, deadline_s=120)
    assert result.errors == []
    assert result.saved == 30  # every session was told each of its writes was saved
    if mode == "version check":
        assert result.lost == 0 and result.stored == 30
    elif mode == "last write wins":
        # Every session saves its own copy, which never holds the others' items: only the
        # last writer's five items can be in the row.
        assert result.stored == 5 and result.lost == 25


def test_a_plain_rerun_runs_no_sql_reload_reads_and_writes_add_writes_once(store_url, statements):
    at = open_store(store_url)
    add(at, "milk")
    statements.clear()
    at.run()
    assert statements == []  # the working copy is in session state
    at.button(key="durable_reload").click().run()
    assert [s.split()[0] for s in statements] == ["SELECT", "UPDATE"]  # the row, last seen
    statements.clear()
    add(at, "eggs")
    assert [s.split()[0] for s in statements] == ["UPDATE"]
    assert "AND version = " in statements[0]


def test_the_snippets_share_one_schema_and_the_fix_is_one_condition():
    store, two_tabs = snippet_sql(STORE_SNIPPET), snippet_sql(TWO_TABS_SNIPPET)
    for name in ("CREATE", "SELECT", "INSERT"):
        assert store[name] == two_tabs[name], name
    assert store["SAVE"] == two_tabs["SAVE_IF"]
    assert two_tabs["SAVE_IF"].endswith("WHERE token = :token AND version = :version")
    assert two_tabs["SAVE_ANY"].endswith("WHERE token = :token")


def test_bench_durable_writes_its_tables(tmp_path):
    out = tmp_path / "durable.md"
    results = main(["--tiny", "--no-postgres", "--out", str(out)])
    text = out.read_text(encoding="utf-8")
    assert text == results["markdown"]
    assert "| SQLite | " in text and "Skipped: PostgreSQL: not asked for (--no-postgres)." in text
    modes = [h["mode"] for h in results["hammer"]]
    assert modes == ["version check", "last write wins", "last write wins, re-read"]
    assert results["hammer"][0]["lost"] == 0 and results["hammer"][1]["lost"] > 0
    assert len(results["reruns"][0]["plain_ms"]) == 2
