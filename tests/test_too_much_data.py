"""Too-much-data lesson: the size meter tells the truth, the table grows and goes away."""

from __future__ import annotations

import pickle

import pandas as pd
import streamlit as st
from conftest import button, open_lesson, open_snippet, texts
from streamlit.runtime.caching.cache_data_api import get_data_cache_stats_provider
from streamlit.testing.v1 import AppTest

ADD, DELETE = "Add 10,000 rows", "Delete the table"


def grow() -> AppTest:
    """The grow snippet alone: its buttons and cap need no lesson page around them."""
    at = open_snippet("too_much_data_grow.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# The inspector updates its fingerprints after the page has run, so the meter (part of the
# page) measured the previous value of this one key.
def meter(at: AppTest) -> tuple[int, dict[str, int]]:
    total = int(at.metric[0].value.removesuffix(" bytes").replace(",", ""))
    frame = at.dataframe[0].value
    return total, dict(zip(frame["key"], frame["bytes"], strict=True))


def assert_meter_matches_pickle(at: AppTest) -> dict[str, int]:
    total, sizes = meter(at)
    # Every key of this session but the "_" ones (kept by the lesson page around the snippet).
    assert set(sizes) == {key for key in at.session_state if not key.startswith("_")}
    for key, size in sizes.items():
        assert size == len(pickle.dumps(at.session_state[key])), key
    assert total == sum(sizes.values())
    return sizes


def test_meter_numbers_match_pickle_dumps_while_the_table_grows():
    at = open_lesson("too-much-data")
    at.run()
    sizes = assert_meter_matches_pickle(at)
    assert "size_table" not in sizes
    assert "No `size_table` in this session." in texts(at)

    button(at, ADD).click().run()
    first = assert_meter_matches_pickle(at)["size_table"]
    button(at, ADD).click().run()
    second = assert_meter_matches_pickle(at)["size_table"]
    assert len(at.session_state["size_table"]) == 20_000
    assert "`size_table` holds 20,000 rows in this session." in texts(at)
    assert second > first * 1.9  # it grows with the rows
    assert at.metric[0].value == f"{sum(meter(at)[1].values()):,} bytes"


def test_delete_removes_the_key_and_its_bytes():
    at = open_lesson("too-much-data")
    button(at, ADD).click().run()
    total_with_table, _ = meter(at)
    button(at, DELETE).click().run()
    assert "size_table" not in at.session_state
    sizes = assert_meter_matches_pickle(at)
    assert "size_table" not in sizes
    assert meter(at)[0] < total_with_table - 200_000
    assert button(at, DELETE).disabled
    assert "No `size_table` in this session." in texts(at)


def test_add_is_disabled_at_the_cap():
    at = grow()
    at.session_state["size_table"] = pd.DataFrame({"x": range(300_000)})
    at.run()
    assert button(at, ADD).disabled
    assert not button(at, DELETE).disabled
    assert [w.value for w in at.main.warning] == ["That is the limit: 300,000 rows."]
    # A client that clicks the disabled button anyway adds nothing.
    states = at._tree.get_widget_states()
    forged = states.widgets.add()
    forged.id, forged.trigger_value = button(at, ADD).id, True
    at._run(states)
    assert not at.exception
    assert len(at.session_state["size_table"]) == 300_000


def test_each_session_holds_its_own_table():
    one = grow()
    two = grow()
    button(one, ADD).click().run()
    two.run()
    assert "size_table" in one.session_state
    assert "size_table" not in two.session_state


def test_shared_data_lives_once_in_the_cache_not_in_each_session():
    first = open_lesson("too-much-data")
    first.selectbox(key="size_region").set_value("EMEA").run()
    second = open_lesson("too-much-data")
    assert "25,000 orders from EMEA" in texts(first)
    # Each session keeps only the small choice...
    for at in (first, second):
        assert meter(at)[1]["size_region"] < 100
        assert not any(isinstance(at.session_state[k], pd.DataFrame) for k in at.session_state)
    # ...and the table is one cache entry, however many sessions read it.
    entries = [
        stat
        for stats in get_data_cache_stats_provider().get_stats(None).values()
        for stat in stats
        if stat.cache_name.endswith(".load_orders")
    ]
    assert len(entries) == 1
    assert entries[0].byte_length > 1_000_000


def test_cache_data_hands_each_call_a_fresh_copy():
    @st.cache_data
    def load() -> pd.DataFrame:
        return pd.DataFrame({"x": [1, 2, 3]})

    first, second = load(), load()
    assert first is not second
    first.loc[0, "x"] = 99
    assert load().loc[0, "x"] == 1
