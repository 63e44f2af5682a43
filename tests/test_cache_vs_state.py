"""Session state vs caching: what is per session, what is shared, what is copied."""

from __future__ import annotations

import re
import sqlite3
import uuid

import pytest
from conftest import TIMEOUT, open_lesson, open_snippet, texts
from streamlit.runtime import caching
from streamlit.runtime.caching import cache_data_api, cache_resource_api
from streamlit.testing.v1 import AppTest


class Sessions:
    """Gives each AppTest its own session id for session-scoped caches.

    Every AppTest reports the same session id ("test session id"), so without this two
    AppTests would share one `scope="session"` cache. Runs are synchronous, so switching the
    id before each run is exact.
    """

    def __init__(self) -> None:
        self.current = ""
        self.used: list[str] = []

    def new(self) -> str:
        session_id = f"test-{uuid.uuid4().hex}"
        self.used.append(session_id)
        self.current = session_id
        return session_id

    def open(self, file: str) -> tuple[AppTest, str]:
        """A new session running the snippet `file` alone (what it does needs no lesson page)."""
        session_id = self.new()
        at = open_snippet(file).run()
        assert not at.exception, [e.value for e in at.exception]
        return at, session_id

    def disconnect(self, session_id: str) -> None:
        """What the runtime does when a session's WebSocket goes away."""
        caching.clear_session_data_cache(session_id)
        caching.clear_session_resource_cache(session_id)


@pytest.fixture
def sessions(monkeypatch):
    tracker = Sessions()
    monkeypatch.setattr(cache_resource_api, "get_session_id_or_throw", lambda: tracker.current)
    monkeypatch.setattr(cache_data_api, "get_session_id_or_throw", lambda: tracker.current)
    yield tracker
    for session_id in tracker.used:
        tracker.disconnect(session_id)


def act(sessions: Sessions, session_id: str, at: AppTest, action) -> AppTest:
    """Run one interaction as the given session."""
    sessions.current = session_id
    action(at)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def click(key: str):
    return lambda at: at.button(key=key).click()


def metric(at: AppTest, label: str) -> int:
    return int(next(m.value for m in at.main.metric if m.label == label))


MINE = "Your clicks (session state)"
EVERYONE = "Everyone's clicks (cache_resource)"


def body_runs(at: AppTest) -> int:
    caption = next(c.value for c in at.main.caption if "body of slow_query" in c.value)
    return int(re.search(r"has run (\d+) time", caption).group(1))


def calls(at: AppTest) -> list[str]:
    return [md.value for md in at.main.markdown if md.value.startswith("Call ")]


def test_need_use_table_is_shown():
    at = open_lesson("cache-vs-state")
    body = texts(at)
    for row in (
        "| Keep a user's current filters | `st.session_state` |",
        "| Remember which step a user is on | `st.session_state` |",
        "| Avoid rerunning a slow query | `st.cache_data` |",
        "| Reuse a model across users | `st.cache_resource` |",
    ):
        assert row in body


def test_the_shared_counter_is_not_in_session_state(sessions):
    a, a_id = sessions.open("cache_vs_state_counters.py")
    act(sessions, a_id, a, click("cache_click"))
    stored = [type(a.session_state[k]).__name__ for k in a.session_state]
    assert "ClickCounter" not in stored


def test_clearing_the_shared_counter_resets_it_for_every_session(sessions):
    a, a_id = sessions.open("cache_vs_state_counters.py")
    b, b_id = sessions.open("cache_vs_state_counters.py")
    act(sessions, b_id, b, click("cache_click"))
    act(sessions, a_id, a, click("cache_clear_clicks"))
    act(sessions, b_id, b, lambda at: None)
    assert metric(b, EVERYONE) == 0
    assert metric(b, MINE) >= 1  # session state is untouched by clearing a cache


def test_slow_query_body_runs_once_then_every_session_gets_the_cached_result(sessions):
    a, a_id = sessions.open("cache_vs_state_slow_query.py")
    act(sessions, a_id, a, click("cache_clear_query"))
    before = body_runs(a)
    act(sessions, a_id, a, click("cache_run_query"))
    assert body_runs(a) == before + 1
    assert calls(a)[-1].endswith("ran the function body")
    assert a.main.dataframe[0].value["region"].tolist() == ["EMEA"] * 3
    act(sessions, a_id, a, click("cache_run_query"))
    assert calls(a)[-1].endswith("from the cache")
    b, b_id = sessions.open("cache_vs_state_slow_query.py")
    act(sessions, b_id, b, click("cache_run_query"))
    assert calls(b) == [calls(b)[0]] and calls(b)[0].endswith("from the cache")
    assert body_runs(b) == before + 1


def test_each_call_shows_its_measured_time(sessions):
    a, a_id = sessions.open("cache_vs_state_slow_query.py")
    act(sessions, a_id, a, click("cache_clear_query"))
    act(sessions, a_id, a, click("cache_run_query"))
    act(sessions, a_id, a, click("cache_run_query"))
    shown = calls(a)
    assert re.fullmatch(r"Call 1 · EMEA: \d+\.\d{3} s, ran the function body", shown[0])
    assert re.fullmatch(r"Call 2 · EMEA: \d+\.\d{3} s, from the cache", shown[1])


def test_a_new_argument_runs_the_body_and_clearing_runs_it_again(sessions):
    a, a_id = sessions.open("cache_vs_state_slow_query.py")
    act(sessions, a_id, a, click("cache_clear_query"))
    act(sessions, a_id, a, click("cache_run_query"))
    before = body_runs(a)
    act(sessions, a_id, a, lambda at: at.selectbox(key="cache_region").select("APAC"))
    act(sessions, a_id, a, click("cache_run_query"))
    assert body_runs(a) == before + 1
    assert calls(a)[-1].startswith("Call 2 · APAC") and calls(a)[-1].endswith("body")
    act(sessions, a_id, a, click("cache_clear_query"))
    act(sessions, a_id, a, click("cache_run_query"))
    assert body_runs(a) == before + 2
    assert calls(a)[-1].endswith("ran the function body")


def test_call_history_keeps_the_last_five(sessions):
    a, a_id = sessions.open("cache_vs_state_slow_query.py")
    for _ in range(7):
        act(sessions, a_id, a, click("cache_run_query"))
    assert len(a.session_state["cache_calls"]) == 5
    assert len(calls(a)) == 5


def notes_count(at: AppTest) -> int:
    line = next(md.value for md in at.main.markdown if md.value.startswith("Notes in"))
    return int(line.rsplit(" ", 1)[1])


def add_note(text: str):
    def action(at: AppTest) -> None:
        at.text_input(key="cache_note").input(text)
        at.button(key="cache_add_note").click()

    return action


def test_session_scoped_cache_gives_each_session_its_own_database(sessions):
    a, a_id = sessions.open("cache_vs_state_scope.py")
    b, b_id = sessions.open("cache_vs_state_scope.py")
    act(sessions, a_id, a, add_note("  buy milk "))
    assert notes_count(a) == 1
    assert [t.value for t in a.main.text] == ["buy milk"]
    assert a.session_state["cache_note"] == ""  # the callback cleared the input
    act(sessions, b_id, b, lambda at: None)
    assert notes_count(b) == 0


def test_session_scoped_cache_is_dropped_and_released_when_the_session_disconnects(
    sessions, monkeypatch
):
    opened: list[sqlite3.Connection] = []
    real_connect = sqlite3.connect

    def recording_connect(*args, **kwargs):
        opened.append(real_connect(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(sqlite3, "connect", recording_connect)
    a, a_id = sessions.open("cache_vs_state_scope.py")
    act(sessions, a_id, a, add_note("first"))
    assert notes_count(a) == 1 and len(opened) == 1
    sessions.disconnect(a_id)
    with pytest.raises(sqlite3.ProgrammingError):  # on_release closed the connection
        opened[0].execute("SELECT 1")
    act(sessions, a_id, a, lambda at: None)
    assert notes_count(a) == 0 and len(opened) == 2


def test_clearing_the_session_database_leaves_other_sessions_alone(sessions):
    a, a_id = sessions.open("cache_vs_state_scope.py")
    b, b_id = sessions.open("cache_vs_state_scope.py")
    act(sessions, a_id, a, add_note("a's note"))
    act(sessions, b_id, b, add_note("b's note"))
    act(sessions, a_id, a, click("cache_clear_db"))
    act(sessions, b_id, b, lambda at: None)
    assert notes_count(a) == 0 and notes_count(b) == 1


def test_blank_note_is_ignored_and_markup_is_plain_text(sessions):
    a, a_id = sessions.open("cache_vs_state_scope.py")
    act(sessions, a_id, a, add_note("   "))
    assert notes_count(a) == 0
    act(sessions, a_id, a, add_note("<script>alert(1)</script>"))
    assert [t.value for t in a.main.text] == ["<script>alert(1)</script>"]


def _reads_state_in_cached_function() -> None:
    import streamlit as st

    @st.cache_data
    def greeting() -> str:
        return f"Hello {st.session_state.user}"

    st.write(greeting())


def test_a_cached_function_reading_session_state_serves_the_first_value_to_everyone():
    first = AppTest.from_function(_reads_state_in_cached_function, default_timeout=TIMEOUT)
    first.session_state["user"] = f"Ada-{uuid.uuid4().hex[:6]}"
    first.run()
    second = AppTest.from_function(_reads_state_in_cached_function, default_timeout=TIMEOUT)
    second.session_state["user"] = "Grace"
    second.run()
    assert second.markdown[0].value == first.markdown[0].value != "Hello Grace"


def _connection_in_session_state() -> None:
    import sqlite3

    import streamlit as st

    st.session_state.conn = sqlite3.connect(":memory:")


def test_a_connection_cannot_live_in_this_apps_session_state():
    at = AppTest.from_function(_connection_in_session_state, default_timeout=TIMEOUT).run()
    assert at.exception[0].proto.type == "streamlit.errors.UnserializableSessionStateError"


def test_the_shared_list_is_capped_and_its_reset_says_it_is_for_everyone(sessions):
    a, a_id = sessions.open("cache_vs_state_copies.py")
    act(sessions, a_id, a, click("cache_reset_regions"))
    reset = a.button(key="cache_reset_regions")
    assert reset.label == "Reset the shared list (for everyone)"
    assert "empties it for all" in reset.help
    for _ in range(8):
        act(sessions, a_id, a, click("cache_append"))
    assert "`st.cache_resource` now returns `" + str(["APAC", "EMEA"] + ["LATAM"] * 8) + "`" in (
        texts(a)
    )
    assert a.button(key="cache_append").disabled
    assert [w.value for w in a.main.warning] == ["The shared list is full (10 items)."]
    b, b_id = sessions.open(
        "cache_vs_state_copies.py"
    )  # everyone sees the full list, and the reset empties it for all
    assert b.button(key="cache_append").disabled
    act(sessions, b_id, b, click("cache_reset_regions"))
    act(sessions, a_id, a, lambda at: None)
    assert not a.button(key="cache_append").disabled and not a.main.warning


def test_each_sessions_database_is_capped_with_a_message(sessions):
    a, a_id = sessions.open("cache_vs_state_scope.py")
    assert a.text_input(key="cache_note").proto.max_chars == 200
    for number in range(20):
        act(sessions, a_id, a, add_note(f"note {number}"))
    assert notes_count(a) == 20
    assert a.button(key="cache_add_note").disabled
    assert [w.value for w in a.main.warning] == ["The database is full (20 notes): clear it."]
    # A client that clicks the disabled button anyway: the widget states the browser would send,
    # with the button's trigger set.
    a.text_input(key="cache_note").input("one more")
    states = a._tree.get_widget_states()
    forged = states.widgets.add()
    forged.id, forged.trigger_value = a.button(key="cache_add_note").id, True
    sessions.current = a_id
    a._run(states)
    assert not a.exception
    assert notes_count(a) == 20
    act(sessions, a_id, a, click("cache_clear_db"))
    assert notes_count(a) == 0 and not a.main.warning
