"""Testing lesson: the page shows each app with its test, and every claim about AppTest on
1.67 holds. Most quirks are proven by the snippets' own tests (snippets/testing/test_testing_*.py,
run by test_snippet_tests.py in an empty folder); the rest are proven here."""

from __future__ import annotations

import importlib.util
import inspect
import os
import subprocess
import sys
import threading
import time
from types import SimpleNamespace

import pytest
from conftest import ROOT, TIMEOUT, click, lesson, open_lesson, open_snippet, texts
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS
from app.lesson_parts import snippet_tests

TESTING = lesson("testing")


def test_the_page_shows_each_app_live_and_its_test_file_as_it_is():
    at = open_lesson("testing")
    # The code element's value has no final newline.
    shown = [code.value for code in at.main.code]
    for snippet in TESTING.snippets:
        source = snippet.test_path.read_text(encoding="utf-8")
        assert source.removesuffix("\n") in shown, snippet.file
        title = f"Its test: `{snippet.test_path.name}`"
        folded = [e.label for e in at.main.expander if e.label.startswith(f"{title} (")]
        assert f"**{title}**" in texts(at) or folded, snippet.file
    assert [b.label for b in at.main.button if b.label.startswith("Run test_")] == [
        f"Run {s.test_path.name}" for s in TESTING.snippets
    ]


def test_every_snippet_not_broken_on_purpose_has_its_own_test():
    for each in LESSONS:
        for snippet in each.snippets:
            assert snippet.test_path.is_file() != snippet.is_broken, snippet.file


def test_the_cart_on_the_page():
    at = open_lesson("testing")
    at.selectbox(key="testing_item").set_value("Tea")
    click(at, "Add to cart")
    assert at.session_state["testing_cart"] == {"Tea": 1}
    assert "1 × Tea" in [t.value for t in at.main.text]
    assert "Total: 2.50 €" in texts(at)


def test_the_config_tab_shows_this_apps_config():
    at = open_lesson("testing")
    assert "`runner.enforceSerializableSessionState` is **True** here." in texts(at)


def test_set_value_and_click_wait_for_run():
    at = open_snippet("testing_cart.py").run()
    at.selectbox(key="testing_item").set_value("Cake")
    at.button(key="testing_add").click()
    assert at.session_state["testing_item"] == "Coffee"
    assert at.session_state["testing_cart"] == {}
    at.run()
    assert at.session_state["testing_cart"] == {"Cake": 1}


def test_a_new_apptest_is_a_new_session():
    first = open_snippet("testing_cart.py").run()
    first.button(key="testing_add").click().run()
    second = open_snippet("testing_cart.py").run()
    assert second.session_state["testing_cart"] == {}


def test_run_does_not_raise_when_the_script_fails_and_builtins_have_bare_names():
    at = AppTest.from_string(
        "import streamlit as st\nst.session_state['missing']\n", default_timeout=TIMEOUT
    ).run()
    assert at.exception[0].proto.type == "KeyError"
    assert at.exception[0].type == "exception"


def test_the_default_timeout_is_3_seconds_and_a_slow_run_is_an_error():
    assert inspect.signature(AppTest.from_file).parameters["default_timeout"].default == 3
    slow = AppTest.from_string("import time\ntime.sleep(2)\n", default_timeout=0.5)
    with pytest.raises(RuntimeError, match="timed out after 0.5"):
        slow.run()


def test_the_script_runs_on_a_thread_of_the_test_process():
    at = AppTest.from_string(
        "import os, threading\nimport streamlit as st\n"
        "st.text(os.getpid())\nst.text(threading.current_thread() is threading.main_thread())\n",
        default_timeout=TIMEOUT,
    ).run()
    assert [t.value for t in at.text] == [str(os.getpid()), "False"]
    assert threading.current_thread() is threading.main_thread()


@pytest.mark.system
def test_config_is_read_once_per_process_from_the_working_directory(tmp_path):
    strict = tmp_path / "strict"
    (strict / ".streamlit").mkdir(parents=True)
    (strict / ".streamlit" / "config.toml").write_text(
        "[runner]\nenforceSerializableSessionState = true\n"
    )
    plain = tmp_path / "plain"
    plain.mkdir()
    code = (
        "import os, sys\nfrom streamlit.testing.v1 import AppTest\n"
        "src = 'import streamlit as st\\n"
        'st.text(st.get_option("runner.enforceSerializableSessionState"))\'\n'
        "for folder in sys.argv[1:]:\n"
        "    os.chdir(folder)\n"
        "    print(AppTest.from_string(src, default_timeout=30).run().text[0].value)\n"
    )

    def options_seen(*folders):
        done = subprocess.run(
            [sys.executable, "-c", code, *map(str, folders)],
            cwd=tmp_path,
            env=snippet_tests.clean_environment(),
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return done.stdout.split()

    assert options_seen(plain, strict) == ["False", "False"]
    assert options_seen(strict, plain) == ["True", "True"]


def test_an_index_shifts_when_a_button_is_added_above_a_key_does_not():
    source = (
        "import streamlit as st\n"
        "if st.session_state.get('more'):\n    st.button('New', key='new')\n"
        "st.button('Add', key='add')\n"
    )
    at = AppTest.from_string(source, default_timeout=TIMEOUT).run()
    assert at.button[0].label == "Add"
    at.session_state["more"] = True
    at.run()
    assert at.button[0].label == "New"
    assert at.button(key="add").label == "Add"


def test_the_page_says_which_version_session_scoped_caches_need():
    at = open_lesson("testing")
    # The lesson's tests need AppTest 1.67 (tools/version_matrix.py: test_testing_editor.py
    # fails on 1.66); a session-scoped cache alone needs 1.53, and the prose says so.
    assert "Needs Streamlit 1.67 or newer." in texts(at)
    assert "(Streamlit 1.53+)" in texts(at)
    assert "scope" in inspect.signature(__import__("streamlit").cache_resource).parameters


# The "Run" buttons ----------------------------------------------------------------------------


def test_the_run_button_runs_the_pair_with_pytest_and_shows_it_passed():
    at = open_lesson("testing")
    next(b for b in at.main.button if b.label == "Run test_testing_cart.py").click()
    at.run(timeout=snippet_tests.RUN_TIMEOUT + 30)
    (success,) = [s.value for s in at.main.success]
    assert success.startswith("pytest: 3 passed"), success
    assert not at.exception


@pytest.mark.system
def test_a_failing_pair_reports_pytests_output(tmp_path):
    failing = tmp_path / "test_testing_cart.py"
    failing.write_text("def test_fails():\n    assert 1 == 2, 'as it should'\n")
    real = TESTING.snippet("testing_cart.py")
    pair = SimpleNamespace(path=real.path, file=real.file, test_path=failing)
    outcome = snippet_tests.run_pair(pair)
    assert outcome is not None and not outcome.passed
    assert outcome.summary.startswith("1 failed")
    assert "as it should" in outcome.output


@pytest.mark.system
def test_one_run_at_a_time_for_the_whole_server():
    snippet = TESTING.snippet("testing_cart.py")
    with snippet_tests._one_run_at_a_time:
        assert snippet_tests.run_pair(snippet) is None


@pytest.mark.system
def test_a_run_that_takes_too_long_is_stopped():
    snippet = TESTING.snippet("testing_config.py")
    started = time.monotonic()
    outcome = snippet_tests.run_pair(snippet, timeout=0.5)
    assert outcome is not None and not outcome.passed
    assert outcome.summary == "stopped after 0.5 s"
    assert time.monotonic() - started < 30


def test_the_run_sees_no_project_path_and_no_streamlit_settings(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("STREAMLIT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE", "true")
    env = snippet_tests.clean_environment()
    assert "PYTHONPATH" not in env
    assert not any(name.startswith("STREAMLIT_") for name in env)
    assert env["PATH"] == os.environ["PATH"]


def test_switch_page_itself_runs_nothing(tmp_path):
    (tmp_path / "views").mkdir()
    (tmp_path / "views" / "other.py").write_text("import streamlit as st\nst.text('other')\n")
    (tmp_path / "app.py").write_text(
        "import streamlit as st\n"
        "def home():\n    st.text('home')\n"
        "st.navigation([st.Page(home), st.Page('views/other.py')]).run()\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py"), default_timeout=TIMEOUT).run()
    at.switch_page("views/other.py")
    assert [t.value for t in at.text] == ["home"]
    at.run()
    assert [t.value for t in at.text] == ["other"]


def test_apptest_reads_the_data_editors_table():
    at = open_snippet("testing_editor.py").run()
    table = at.data_editor[0].value
    assert list(table["item"]) == ["Coffee", "Tea", "Cake"]
    assert at.data_editor[0].editing_mode == "fixed"


def test_sign_in_with_a_blank_name_keeps_the_form_and_markup_stays_text():
    at = open_lesson("testing")
    at.text_input(key="testing_name").input("   ")
    click(at, "Sign in")
    assert at.session_state["testing_user"] == ""
    assert at.text_input(key="testing_name").label == "Your name"
    at.text_input(key="testing_name").input("**Ada** <b>x</b>")
    click(at, "Sign in")
    assert "Signed in as **Ada** <b>x</b>" in [t.value for t in at.main.text]
    assert not any("Ada" in m.value for m in at.main.markdown)
    assert not at.exception


def test_without_pytest_installed_the_page_offers_no_run_button(monkeypatch):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name == "pytest" else real_find_spec(name, *args),
    )
    at = open_lesson("testing")
    assert not [b for b in at.main.button if b.label.startswith("Run test_")]
    assert "Install pytest (`pip install pytest`) to run this test." in texts(at)
    assert not at.exception
