"""Durable-state lesson through the app (Home.py, page switch), its store in a folder of the
test's own; and the Streamlit behaviour the page states (st.connection, conn.query, cookies).

The store itself, on SQLite and PostgreSQL, is tested in tests/test_durable_store.py.
"""

from __future__ import annotations

import re

import pytest
import streamlit as st
from conftest import TIMEOUT, headings, lesson, links_to_lesson, open_lesson, open_snippet
from streamlit.testing.v1 import AppTest

from app.lesson_parts.two_servers import STEPS, table_rows

SLUG = "durable-state"
PAGE = lesson(SLUG).page


@pytest.fixture(autouse=True)
def store_folder(tmp_path, monkeypatch):
    """Every test gets its own SQLite folder (not made yet: the snippet makes it)."""
    folder = tmp_path / "state" / "here"
    monkeypatch.setenv("DURABLE_STATE_DIR", str(folder))
    return folder


def store(token: str | None = None, url: str | None = None) -> AppTest:
    """The store snippet alone, in a new session with this token in its URL: what it does needs
    no lesson page around it."""
    at = open_snippet("durable_state_store.py")
    if token is not None:
        at.query_params["durable_token"] = token
    if url:
        at.context = {"url": url}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def add(at: AppTest, item: str) -> AppTest:
    at.text_input(key="durable_item").input(item)
    return at.button(key="durable_add").click().run()


def list_text(at: AppTest) -> str:
    return at.main.text[0].value


def test_the_page_shows_the_small_and_complete_store_then_four_parts_in_tabs():
    at = open_lesson(SLUG)
    assert [t.label for t in at.tabs] == [
        "The smallest version",
        "The complete pattern",
        "The token is a key",
        "Two tabs at once",
        "More than one server",
        "Production database",
    ]
    assert headings(at.main, level=2) == ["What a real store must handle"]
    assert list_text(at) == "(empty)"
    assert not at.main.warning  # no token in the URL: an empty list, no message
    assert at.main.text_input(key="durable_item").label == "New item"
    assert not at.main.error and not at.exception


def test_without_the_variable_the_store_is_durable_state_in_the_working_folder(
    tmp_path, monkeypatch
):
    monkeypatch.delenv("DURABLE_STATE_DIR")
    monkeypatch.chdir(tmp_path)
    at = open_snippet("durable_state_store.py").run()
    assert not at.exception
    assert (tmp_path / "durable_state" / "state.db").is_file()


def test_adding_saves_and_puts_the_token_in_the_url():
    at = store()
    add(at, "milk")
    token = at.session_state["durable_token"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", token)
    assert at.query_params["durable_token"] == token
    assert at.session_state["durable_items"] == ["milk"]
    assert at.session_state["durable_added"] == 1
    assert list_text(at) == "- milk"
    assert "Added in this session (session state only): 1" in [c.value for c in at.main.caption]


def test_a_page_switch_and_back_keeps_the_session_and_puts_the_token_back_in_the_url():
    at = open_lesson(SLUG)
    add(at, "milk")
    token = at.session_state["durable_token"]
    at.switch_page(lesson("reload").page).run()
    # A page switch drops the query string in the browser (tests/e2e/test_durable_state.py);
    # AppTest keeps it, so drop it here as the browser does.
    at.query_params.pop("durable_token", None)
    at.switch_page(PAGE).run()
    assert at.session_state["durable_items"] == ["milk"]
    assert at.query_params["durable_token"] == token


def test_the_share_link_is_the_page_without_the_token():
    first = store()
    add(first, "milk")
    token = first.session_state["durable_token"]
    at = store(token, url="http://127.0.0.1:8501/durable-state")
    shown = [c.value for c in at.main.code if c.value.startswith("http")]
    assert shown == ["http://127.0.0.1:8501/durable-state"]
    assert all(token not in c.value for c in at.main.code)


def test_the_two_tabs_demo_runs_in_the_lesson():
    at = open_lesson(SLUG)
    at.button(key="durable_add_A").click().run()
    at.button(key="durable_add_B").click().run()
    assert at.session_state["durable_saves"] == 2
    assert any("**Lost updates: 1**" in m.value for m in at.main.markdown)


def test_the_scale_out_table_is_drawn_from_the_steps_the_browser_test_performs():
    at = open_lesson(SLUG)
    [table] = [t for t in at.main.table if "the learner" in t.value.columns]
    assert table.value.to_dict("records") == table_rows()
    assert len(table_rows()) == len(STEPS)


def test_the_lesson_links_to_reload_and_cache_vs_state():
    at = open_lesson(SLUG)
    assert links_to_lesson(at, "reload") and links_to_lesson(at, "cache-vs-state")


# What the page says about Streamlit itself ----------------------------------------------------


def _query_vs_session(url: str) -> None:
    import streamlit as st
    from sqlalchemy import text

    conn = st.connection("durable_claims", type="sql", url=url)
    st.session_state.setdefault("n", 0)
    st.session_state.n += 1
    with conn.session as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS t (n INTEGER)"))
        session.execute(text("DELETE FROM t"))
        session.execute(text("INSERT INTO t VALUES (:n)"), {"n": st.session_state.n})
        session.commit()
        fresh = session.execute(text("SELECT n FROM t")).scalar_one()
    st.session_state.query = int(conn.query("SELECT n FROM t")["n"][0])
    st.session_state.session = fresh
    st.session_state.conn_id = id(conn)
    st.session_state.engine_id = id(conn.engine)


def test_conn_query_caches_its_result_while_conn_session_reads_the_row(tmp_path):
    at = AppTest.from_function(
        _query_vs_session, args=(f"sqlite:///{tmp_path / 'q.db'}",), default_timeout=TIMEOUT
    )
    at.run()
    assert at.session_state["query"] == at.session_state["session"] == 1
    at.run()  # the row now holds 2
    assert at.session_state["session"] == 2
    assert at.session_state["query"] == 1  # cached: the old row


def test_st_connection_is_one_object_and_engine_per_process_for_every_session(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    one = AppTest.from_function(_query_vs_session, args=(url,), default_timeout=TIMEOUT).run()
    two = AppTest.from_function(_query_vs_session, args=(url,), default_timeout=TIMEOUT).run()
    assert one.session_state["conn_id"] == two.session_state["conn_id"]
    assert one.session_state["engine_id"] == two.session_state["engine_id"]


def _write_a_cookie() -> None:
    import streamlit as st

    try:
        st.context.cookies["durable_token"] = "x"  # type: ignore[index]
    except TypeError as exc:
        st.session_state.refused = type(exc).__name__


def test_cookies_are_read_only_and_streamlit_has_no_cookie_or_storage_writer():
    at = AppTest.from_function(_write_a_cookie, default_timeout=TIMEOUT).run()
    assert at.session_state["refused"] == "TypeError"
    public = [name for name in dir(st) if not name.startswith("_")]
    assert [n for n in public if "cookie" in n.lower() or "storage" in n.lower()] == []
