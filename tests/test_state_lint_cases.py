"""Every rule's case files (state_lint/cases): each bad case is flagged exactly on its marked
lines, each good case stays clean, every rule has a check and cases, and the SS004 cases that
claim a first-run crash really crash under AppTest."""

from __future__ import annotations

import pytest
from conftest import TIMEOUT
from streamlit.testing.v1 import AppTest

from state_lint import RULES, check_source
from state_lint.cases import case_dir, case_files, example, expected
from state_lint.checks import EMITS
from state_lint.cli import main

ALL = frozenset(RULES)
CASES = [path for rule in RULES for path in case_files(rule)]


def found(source: str) -> set[tuple[int, str]]:
    return {(f.line, f.rule) for f in check_source(source, select=ALL)}


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_case(path):
    source = path.read_text(encoding="utf-8")
    marked = expected(source)
    if path.name.startswith("bad_"):
        assert marked, "a bad case marks at least one line with # [SS0nn]"
        assert {rule for _, rule in marked} <= set(RULES)
    else:
        assert marked == set(), "a good case marks nothing"
    assert found(source) == marked


@pytest.mark.parametrize("rule", list(RULES))
def test_every_rule_has_a_check_a_bad_case_and_a_good_case(rule):
    assert any(rule in ids for ids in EMITS.values()), f"no check declares {rule}"
    assert case_dir(rule).is_dir()
    assert case_files(rule, "bad") and case_files(rule, "good")


def test_every_declared_rule_exists():
    assert {rule for ids in EMITS.values() for rule in ids} == set(RULES)


def test_example_gives_the_lesson_a_bad_and_a_good_case():
    bad, good = example("SS004")
    assert "# [SS004]" in bad and "SS004" in {f.rule for f in check_source(bad, select=ALL)}
    assert check_source(good, select=ALL) == []


def test_list_rules_names_each_rules_check(capsys):
    assert main(["--list-rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == list(RULES)
    for line in lines:
        checks = [name for name, ids in EMITS.items() if line.split()[0] in ids]
        assert f"[check: {', '.join(checks)}]" in line


CRASHES = [p for p in case_files("SS004", "bad") if "# crashes on the first run" in p.read_text()]


@pytest.mark.parametrize("path", CRASHES, ids=lambda p: p.name)
def test_ss004_bad_case_crashes_on_the_first_run(path):
    at = AppTest.from_file(str(path), default_timeout=TIMEOUT).run()
    assert [e.proto.type for e in at.exception] in (["KeyError"], ["AttributeError"])


@pytest.mark.parametrize(
    "path",
    [p for p in case_files("SS004", "good") if "# runs clean" in p.read_text()],
    ids=lambda p: p.name,
)
def test_ss004_good_case_runs_clean(path):
    at = AppTest.from_file(str(path), default_timeout=TIMEOUT).run()
    assert not at.exception


def test_a_pages_folder_deep_in_a_project_does_not_split_its_app(tmp_path):
    from state_lint import check_paths

    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n", encoding="utf-8")
    writer = tmp_path / "app" / "forecast"
    (writer / "pages").mkdir(parents=True)
    (writer / "page.py").write_text(
        'import streamlit as st\nst.session_state["prediction"] = 1\n', encoding="utf-8"
    )
    reader = tmp_path / "app" / "logic" / "download.py"
    reader.parent.mkdir(parents=True)
    reader.write_text(
        "import streamlit as st\n\n\ndef button():\n    st.write(st.session_state['prediction'])\n"
        "\n\nst.button('Download', on_click=button)\n",
        encoding="utf-8",
    )
    assert check_paths([reader], select=ALL).findings == []
    reader.write_text(reader.read_text().replace("prediction", "forecast"), encoding="utf-8")
    assert [f.rule for f in check_paths([reader], select=ALL).findings] == ["SS004"]


def test_a_helper_is_looked_up_in_the_module_it_is_imported_from(tmp_path):
    from state_lint import check_paths

    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n", encoding="utf-8")
    (tmp_path / "config.py").write_text(
        "import streamlit as st\n\n\ndef init_session_state():\n"
        "    st.session_state.setdefault('user_type', 'operator')\n",
        encoding="utf-8",
    )
    (tmp_path / "chat.py").write_text(
        "import streamlit as st\n\n\ndef init_session_state():\n"
        "    st.session_state.setdefault('messages', [])\n",
        encoding="utf-8",
    )
    app = tmp_path / "app.py"
    app.write_text(
        "import streamlit as st\nfrom config import init_session_state\n\n"
        "init_session_state()\nst.write(st.session_state.user_type)\n",
        encoding="utf-8",
    )
    assert check_paths([app], select=ALL).findings == []
    app.write_text(app.read_text().replace("from config", "from chat"), encoding="utf-8")
    assert [f.rule for f in check_paths([app], select=ALL).findings] == ["SS004"]


def test_select_turns_on_a_rule_that_is_off_by_default(tmp_path, capsys):
    assert not RULES["SS011"].default and RULES["SS011"].why_off
    bad = case_files("SS011", "bad")[0]
    target = tmp_path / "cart.py"
    target.write_text(bad.read_text(encoding="utf-8"), encoding="utf-8")
    assert main([str(target)]) == 0
    assert main(["--select", "SS011", str(target)]) == 1
    assert "SS011" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--select", "SS999", str(target)])
