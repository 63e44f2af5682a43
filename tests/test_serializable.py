"""Serializable lesson: which values pass, what Streamlit raises, and state always picklable."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap

import pytest
import streamlit as st
from conftest import ROOT, TIMEOUT, click, exception_type, open_lesson, open_snippet, texts
from streamlit.errors import UnserializableSessionStateError
from streamlit.testing.v1 import AppTest

from components.serializable import SAMPLE_KINDS, pickle_outcome, sample, streamlit_verdict

PASSES = {"dict", "DataFrame", "dataclass"}


def assert_state_is_picklable(at: AppTest) -> None:
    for key in at.session_state:
        pickle.dumps(at.session_state[key])


def store(at: AppTest, kind: str) -> AppTest:
    at.radio(key="ser_kind").set_value(kind).run()
    click(at, "Store it as `ser_value`")
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_app_runs_with_the_option_on():
    assert st.get_option("runner.enforceSerializableSessionState") is True
    at = open_lesson("serializable")
    assert "`runner.enforceSerializableSessionState = true`" in texts(at)


@pytest.mark.parametrize("kind", SAMPLE_KINDS)
def test_each_value_is_stored_only_if_streamlit_would_accept_it(kind):
    at = store(open_lesson("serializable"), kind)
    if kind in PASSES:
        assert "ser_value" in at.session_state
        assert f"Stored the {kind} as `ser_value`" in texts(at)
    else:
        assert "ser_value" not in at.session_state
        assert "Refused: Streamlit would raise **UnserializableSessionStateError**" in texts(at)
    assert_state_is_picklable(at)
    at.run()  # and the next run ends cleanly too
    assert not at.exception


def test_a_refused_value_does_not_replace_a_stored_one():
    at = store(open_lesson("serializable"), "dict")
    store(at, "generator")
    assert at.session_state["ser_value"] == {"theme": "dark", "page_size": 25}


def test_the_table_matches_pickle_and_the_real_check():
    at = open_lesson("serializable")
    table = at.table[0].value
    assert list(table["value"]) == list(SAMPLE_KINDS)
    for _, row in table.iterrows():
        expected = "passes" if row["value"] in PASSES else "UnserializableSessionStateError"
        assert row["at the end of the run"] == expected
        assert row["pickle.dumps"].startswith("OK, ") == (row["value"] in PASSES)


@pytest.mark.parametrize("kind", SAMPLE_KINDS)
def test_the_verdict_is_what_a_real_script_run_raises(kind, tmp_path):
    # Store the value for real in a tiny app: the run must fail exactly when the page says so.
    app = tmp_path / "app.py"
    app.write_text(
        textwrap.dedent(
            f"""
            import streamlit as st
            from components.serializable import sample
            with sample({kind!r}) as value:
                st.session_state.ser_value = value
            """
        ),
        encoding="utf-8",
    )
    at = AppTest.from_file(str(app), default_timeout=TIMEOUT).run()
    with sample(kind) as value:
        verdict = streamlit_verdict("ser_value", value)
        outcome = pickle_outcome(value)
    if kind in PASSES:
        assert not at.exception and verdict is None and outcome.startswith("OK, ")
    else:
        assert len(at.exception) == 1
        assert exception_type(at) == "streamlit.errors.UnserializableSessionStateError"
        assert isinstance(verdict, UnserializableSessionStateError)
        assert str(verdict) == at.exception[0].value


def test_the_open_file_sample_is_closed_afterwards():
    with sample("open file") as handle:
        assert not handle.closed
    assert handle.closed


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


def test_check_first_snippet_stores_the_dict_and_refuses_the_lambda():
    at = open_lesson("serializable")
    click(at, "Store a lambda")
    assert "ser_format" not in at.session_state
    assert any(e.startswith("Not stored: PicklingError") for e in (x.value for x in at.error))
    click(at, "Store a dict")
    assert at.session_state["ser_settings"] == {"theme": "dark", "page_size": 25}
    assert "Stored so far: ser_settings" in texts(at)
    assert_state_is_picklable(at)


def test_check_first_snippet_alone():
    at = open_snippet("serializable_check_first.py").run()
    at.button[1].click().run()
    assert not at.exception
    assert "ser_format" not in at.session_state


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


@pytest.mark.parametrize(("cwd", "raises"), [("root", True), ("elsewhere", False)])
def test_apptest_reads_the_config_of_its_working_directory_only(cwd, raises, tmp_path):
    # A fresh process running AppTest: it reads .streamlit/config.toml from the working
    # directory only (a real `streamlit run` also reads the one beside the script: see
    # tests/test_config_lookup.py). The lambda snippet needs the app's config to fail.
    code = (
        "from streamlit.testing.v1 import AppTest\n"
        f"at = AppTest.from_file({str(ROOT / 'snippets' / 'serializable_lambda_broken.py')!r})\n"
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
