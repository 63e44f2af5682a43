"""Working data: cached load, a private copy in session state, apply / undo / reset."""

from __future__ import annotations

import pandas as pd
from conftest import click, open_lesson, open_snippet, snippet_function, texts
from streamlit.testing.v1 import AppTest

ORIGINAL = snippet_function("working_data.py", "sample_sales")()
NO_EDITS = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def open_working() -> AppTest:
    """The working-data snippet alone: what it does needs no lesson page around it."""
    at = open_snippet("working_data.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def edit(at, edited_rows=None, added_rows=None, deleted_rows=None):
    """What a user's cell edits put into the editor's key, then the rerun the edit causes."""
    at.session_state["working_editor"] = {
        "edited_rows": edited_rows or {},
        "added_rows": added_rows or [],
        "deleted_rows": deleted_rows or [],
    }
    at.run()


def apply_edit(at, **edits):
    edit(at, **edits)
    click(at, "Apply changes")


def infos(at):
    return [i.value for i in at.main.info]


def df(at) -> pd.DataFrame:
    return at.session_state["working_df"]


def size_line(at) -> str:
    return next(c.value for c in at.main.caption if c.value.startswith("Your copy:"))


def test_first_run_copies_the_loaded_data_into_session_state():
    at = open_working()
    pd.testing.assert_frame_equal(df(at), ORIGINAL)
    assert at.session_state["working_history"] == []
    assert size_line(at).startswith(f"Your copy: {len(ORIGINAL)} rows × 5 columns, ")
    assert size_line(at).endswith("· 0 undo step(s) kept")
    editor = at.main.data_editor[-1]  # the complete pattern comes after the small one
    assert editor.editing_mode == "dynamic"
    pd.testing.assert_frame_equal(editor.value, ORIGINAL, check_dtype=False)


def test_apply_edits_cells_and_adds_and_deletes_rows():
    at = open_working()
    edit(
        at,
        edited_rows={0: {"units": 999}},
        added_rows=[{"month": "2026-07", "region": "EMEA", "product": "Team", "units": 2}],
        deleted_rows=[1, 2],
    )
    assert df(at).equals(ORIGINAL)  # pending edits are not the data yet
    click(at, "Apply changes")
    assert infos(at) == ["Changes applied."]
    working = df(at)
    assert len(working) == len(ORIGINAL) - 2 + 1
    assert working.loc[0, "units"] == 999
    assert list(working["units"][1:3]) == list(ORIGINAL["units"][3:5])
    assert working.iloc[-1][["month", "region", "product", "units"]].tolist() == [
        "2026-07",
        "EMEA",
        "Team",
        2,
    ]
    assert at.session_state["working_editor"] == NO_EDITS
    assert f"Your copy: {len(working)} rows" in size_line(at)
    assert "1 undo step(s) kept" in size_line(at)
    assert at.main.data_editor[-1].value.loc[0, "units"] == 999


def test_undo_restores_the_previous_version_one_step_at_a_time():
    at = open_working()
    apply_edit(at, edited_rows={0: {"units": 1}})
    apply_edit(at, edited_rows={0: {"units": 2}})
    assert df(at).loc[0, "units"] == 2
    click(at, "Undo last change")
    assert infos(at) == ["Last change undone."]
    assert df(at).loc[0, "units"] == 1
    click(at, "Undo last change")
    pd.testing.assert_frame_equal(df(at), ORIGINAL)
    click(at, "Undo last change")
    assert infos(at) == ["Nothing to undo."]
    pd.testing.assert_frame_equal(df(at), ORIGINAL)


def test_undo_with_nothing_to_undo_says_so_and_changes_nothing():
    at = open_working()
    click(at, "Undo last change")
    assert infos(at) == ["Nothing to undo."]
    pd.testing.assert_frame_equal(df(at), ORIGINAL)
    at.run()
    assert infos(at) == []  # a message is shown once


def test_apply_without_edits_says_so_and_adds_no_undo_step():
    at = open_working()
    click(at, "Apply changes")
    assert infos(at) == ["Nothing to apply: edit a cell, add or delete a row."]
    assert at.session_state["working_history"] == []


def test_undo_drops_pending_edits_of_the_replaced_version():
    at = open_working()
    apply_edit(at, edited_rows={0: {"units": 5}})
    edit(at, edited_rows={3: {"units": 7}})
    click(at, "Undo last change")
    assert at.session_state["working_editor"] == NO_EDITS
    pd.testing.assert_frame_equal(df(at), ORIGINAL)


def test_reset_goes_back_to_the_loaded_data_and_can_be_undone():
    at = open_working()
    at.session_state["count"] = 2  # another lesson's key
    apply_edit(at, deleted_rows=[0])
    click(at, "Reset to loaded data")
    pd.testing.assert_frame_equal(df(at), ORIGINAL)
    assert at.session_state["count"] == 2
    assert "Back to the loaded data" in infos(at)[0]
    click(at, "Undo last change")
    assert len(df(at)) == len(ORIGINAL) - 1


def test_history_is_capped_at_ten_versions():
    at = open_working()
    for value in range(12):
        apply_edit(at, edited_rows={0: {"units": value}})
    assert len(at.session_state["working_history"]) == 10
    assert "10 undo step(s) kept" in size_line(at)


def test_two_sessions_never_see_each_others_edits():
    alice = open_working()
    bob = open_working()
    apply_edit(alice, edited_rows={0: {"units": 111}}, deleted_rows=[5])
    apply_edit(bob, edited_rows={0: {"units": 222}})
    assert df(alice).loc[0, "units"] == 111 and len(df(alice)) == len(ORIGINAL) - 1
    assert df(bob).loc[0, "units"] == 222 and len(df(bob)) == len(ORIGINAL)
    click(bob, "Undo last change")
    assert df(alice).loc[0, "units"] == 111
    # A third session loads from the cache: still the file's data.
    carol = open_working()
    pd.testing.assert_frame_equal(df(carol), ORIGINAL)


def test_editing_the_session_copy_does_not_touch_the_cache():
    at = open_working()
    df(at).loc[0, "units"] = -1  # even an in-place change of this session's copy
    other = open_working()
    assert df(other).loc[0, "units"] == ORIGINAL.loc[0, "units"]


def test_cache_data_returns_a_copy_and_cache_resource_the_same_object():
    at = AppTest.from_string(
        """
import pandas as pd
import streamlit as st

@st.cache_data
def data():
    return pd.DataFrame({"a": [1]})

@st.cache_resource
def resource():
    return pd.DataFrame({"a": [1]})

mine = data()
mine.loc[0, "a"] = 99
shared = resource()
shared.loc[0, "a"] = 99
st.text(f"data {data().loc[0, 'a']} resource {resource().loc[0, 'a']}")
st.text(f"same object: {data() is data()} / {resource() is resource()}")
"""
    ).run()
    assert [t.value for t in at.text] == ["data 1 resource 99", "same object: False / True"]


def test_a_changed_dataframe_starts_a_fresh_dynamic_editor():
    at = AppTest.from_string(
        """
import pandas as pd
import streamlit as st
st.session_state.setdefault("n", 1)
frame = pd.DataFrame({"a": list(range(st.session_state.n))})
st.data_editor(frame, key="ed", num_rows="dynamic")
"""
    ).run()
    at.session_state["ed"] = {"edited_rows": {0: {"a": 5}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert at.session_state["ed"]["edited_rows"] == {0: {"a": 5}}
    at.session_state["n"] = 2  # the data changes, the key does not
    at.run()
    assert at.session_state["ed"] == NO_EDITS


def test_page_explains_and_snippet_runs_alone_from_any_directory(tmp_path, monkeypatch):
    at = open_lesson("working-data")
    assert "st.cache_data" in texts(at)
    monkeypatch.chdir(tmp_path)
    alone = open_snippet("working_data.py").run()
    assert not alone.exception
    assert len(alone.session_state["working_df"]) == len(ORIGINAL)


def test_apply_with_no_editor_state_is_no_change():
    # What a client that omits the data editor's state sends: the callback must not fail.
    at = open_working()
    del at.session_state["working_editor"]
    click(at, "Apply changes")
    assert not at.exception
    assert infos(at) == ["Nothing to apply: edit a cell, add or delete a row."]
    assert df(at).equals(ORIGINAL)
    assert at.session_state["working_history"] == []


def test_apply_with_partial_editor_state_uses_what_is_there():
    at = open_working()
    at.session_state["working_editor"] = {"deleted_rows": [0]}
    at.run()
    click(at, "Apply changes")
    assert not at.exception
    assert len(df(at)) == len(ORIGINAL) - 1


def test_the_working_copy_is_capped_at_500_rows():
    at = open_working()
    extra = [{"month": "2026-07", "units": 1}] * (501 - len(ORIGINAL))
    apply_edit(at, added_rows=extra)
    assert infos(at) == ["Not applied: at most 500 rows (this would be 501). Delete rows first."]
    assert df(at).equals(ORIGINAL)
    apply_edit(at, added_rows=extra[:-1])
    assert infos(at) == ["Changes applied."]
    assert len(df(at)) == 500
