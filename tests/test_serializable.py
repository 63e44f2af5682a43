"""Serializable lesson: which values pass, what Streamlit raises, and state always picklable."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap

import pytest
import streamlit as st
from conftest import (
    ROOT,
    TIMEOUT,
    click,
    exception_type,
    open_lesson,
    open_snippet,
    snippet_function,
    texts,
)
from streamlit.testing.v1 import AppTest

from app.paths import snippet_path

EXPLORER = "serializable_explorer.py"
KINDS = snippet_function(EXPLORER, "KINDS")
sample = snippet_function(EXPLORER, "sample")
pickle_problem = snippet_function(EXPLORER, "pickle_problem")
PASSES = {"dict", "DataFrame", "date"}


def assert_state_is_picklable(at: AppTest) -> None:
    for key in at.session_state:
        pickle.dumps(at.session_state[key])


def explorer() -> AppTest:
    """The explorer snippet alone, with this app's config (the serializable check on)."""
    at = open_snippet(EXPLORER).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def store(at: AppTest, kind: str) -> AppTest:
    at.radio(key="ser_kind").set_value(kind).run()
    click(at, "Store it as ser_value")
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_app_runs_with_the_option_on():
    assert st.get_option("runner.enforceSerializableSessionState") is True
    at = open_lesson("serializable")
    assert "`runner.enforceSerializableSessionState = true`" in texts(at)


@pytest.mark.parametrize("kind", KINDS)
def test_each_value_is_stored_only_if_pickle_accepts_it(kind):
    at = store(explorer(), kind)
    if kind in PASSES:
        assert "ser_value" in at.session_state
        assert f"Stored the {kind} as `ser_value`." in texts(at)
    else:
        assert "ser_value" not in at.session_state
        assert "Not stored, the run would fail: " in texts(at)
    assert_state_is_picklable(at)
    at.run()  # and the next run ends cleanly too
    assert not at.exception


def test_a_refused_value_does_not_replace_a_stored_one():
    at = store(explorer(), "dict")
    store(at, "generator")
    assert at.session_state["ser_value"] == {"theme": "dark", "page_size": 25}


def test_the_table_says_which_values_pickle():
    at = explorer()
    table = at.dataframe[0].value
    assert list(table["value"]) == list(KINDS)
    for _, row in table.iterrows():
        assert (row["pickle.dumps"] == "OK") == (row["value"] in PASSES)


@pytest.mark.parametrize("kind", KINDS)
def test_the_snippets_check_is_what_a_real_script_run_raises(kind, tmp_path):
    # Store the value for real in a tiny app, without the check: the run must fail exactly when
    # the snippet's check (pickle.dumps) says it would.
    app = tmp_path / "app.py"
    source = snippet_path(EXPLORER).read_text(encoding="utf-8")
    definitions = source.split("kind = st.radio", 1)[0]
    app.write_text(f"{definitions}\nst.session_state.ser_value = sample({kind!r})\n")
    at = AppTest.from_file(str(app), default_timeout=TIMEOUT).run()
    problem = pickle_problem(sample(kind))
    if kind in PASSES:
        assert not at.exception and problem is None
    else:
        assert len(at.exception) == 1
        assert exception_type(at) == "streamlit.errors.UnserializableSessionStateError"
        assert problem is not None


def test_broken_snippet_is_shown_in_the_frame_and_leaves_nothing_behind():
    at = open_lesson("serializable")
    errors = [e.value for e in at.main.error]
    assert any(
        e.startswith(
            "**UnserializableSessionStateError** raised by `serializable_lambda_broken.py`"
        )
        and "'ser_callback'" in e
        for e in errors
    )
    assert "The script itself ran to the end." in texts(at)
    assert "ser_callback" not in at.session_state
    assert_state_is_picklable(at)
    at.run()
    assert not at.exception


def test_a_dataclass_from_the_script_file_fails_on_the_next_rerun():
    at = AppTest.from_string(
        textwrap.dedent(
            """
            from dataclasses import dataclass
            import streamlit as st

            @dataclass
            class Point:
                x: int
                y: int

            st.session_state.setdefault("ser_value", Point(1, 2))
            """
        ),
        default_timeout=TIMEOUT,
    ).run()
    assert not at.exception  # the run that created it is fine
    at.run()
    assert exception_type(at) == "streamlit.errors.UnserializableSessionStateError"


@pytest.mark.system  # a fresh Python process
@pytest.mark.parametrize(("cwd", "raises"), [("root", True), ("elsewhere", False)])
def test_apptest_reads_the_config_of_its_working_directory_only(cwd, raises, tmp_path):
    # A fresh process running AppTest: it reads .streamlit/config.toml from the working
    # directory only (a real `streamlit run` also reads the one beside the script: see
    # tests/test_config_lookup.py). The lambda snippet needs the app's config to fail.
    code = (
        "from streamlit.testing.v1 import AppTest\n"
        f"at = AppTest.from_file({str(snippet_path('serializable_lambda_broken.py'))!r})\n"
        "print([e.proto.type for e in at.run().exception])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT if cwd == "root" else tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    shown = "['streamlit.errors.UnserializableSessionStateError']"
    assert (shown in result.stdout) == raises, result.stdout


def test_a_bad_value_fails_every_following_run_until_it_is_deleted():
    at = AppTest.from_string(
        textwrap.dedent(
            """
            import streamlit as st
            if st.button("Store a lambda"):
                st.session_state.ser_value = lambda x: x
            if st.button("Delete it"):
                del st.session_state["ser_value"]
            """
        ),
        default_timeout=TIMEOUT,
    ).run()
    at.button[0].click().run()
    assert at.exception
    at.run()  # nothing stored this time, but the old value is still there
    assert exception_type(at) == "streamlit.errors.UnserializableSessionStateError"
    at.button[1].click().run()
    assert not at.exception
