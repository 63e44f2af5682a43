"""Every snippet's own test (`snippets/<lesson>/test_<name>.py`, offered for download beside it)
passes when copied with its snippet into an empty folder, as a learner would use it: beside the
snippet, or in a `tests/` folder under it (pytest's usual layout). No conftest, no project on the
path, Streamlit's default config. Every test finds its snippet with the same lines, so the
`tests/` folder is proven once, on counter.py, and the lines are compared for the rest."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.catalog import LESSONS
from ops.child_process import run_python

# Every snippet's own test runs in a child pytest, in an empty folder.
pytestmark = [pytest.mark.system, pytest.mark.xdist_group("snippet_tests")]

WITH_TESTS = [s for lesson in LESSONS for s in lesson.snippets if s.test_path.is_file()]
COUNTER = next(s for s in WITH_TESTS if s.file == "counter.py")
# What every test's docstring says (whitespace aside), after the snippet's name.
WHERE = "beside this file, or one folder up if this file is in tests/"

Outcome = dict[str, tuple[int, list[str]]]


def _start(root: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """Copy each pair into its own empty folder under root and start one pytest over all the
    folders (one process is much faster than one per pair)."""
    folders = []
    for snippet in WITH_TESTS:
        folder = root / snippet.path.stem
        folder.mkdir(parents=True)
        shutil.copyfile(snippet.path, folder / snippet.file)
        shutil.copyfile(snippet.test_path, folder / snippet.test_path.name)
        folders.append(str(folder))
    report = root / "report.xml"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    with (root / "output.txt").open("wb") as output:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "--rootdir",
                str(root),
                "--import-mode=importlib",
                f"--junitxml={report}",
                *folders,
            ],
            cwd=root,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    return process, report


def _read(report: Path) -> Outcome:
    """The number of tests and the problems of every test file, from pytest's junit XML."""
    output = report.with_name("output.txt").read_text(encoding="utf-8", errors="replace")
    assert report.is_file(), f"pytest wrote no report:\n{output[-3000:]}"
    outcome: Outcome = {}
    for case in ET.parse(report).iter("testcase"):
        stem = Path(case.get("file") or case.get("classname", "").replace(".", "/")).stem
        problems = [
            f"{case.get('name')}: {(child.get('message') or '')[:300]}"
            for child in case
            if child.tag in ("failure", "error", "skipped")
        ]
        count, failures = outcome.get(stem, (0, []))
        outcome[stem] = (count + 1, failures + problems)
    return outcome


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> Outcome:
    """Each test file's outcome, every pair copied beside each other in its own folder."""
    process, report = _start(tmp_path_factory.mktemp("snippet_tests"))
    try:
        process.wait(timeout=900)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return _read(report)


@pytest.mark.parametrize("snippet", WITH_TESTS, ids=lambda s: s.file)
def test_the_snippets_own_test_passes_copied_alone(snippet, results):
    stem = snippet.test_path.stem
    assert stem in results, f"{snippet.test_path.name} collected no test"
    count, failures = results[stem]
    assert count >= 1 and not failures, failures


# The lines by which a test finds its snippet, from the comment above NAME to SNIPPET.
LOOKUP = re.compile(r"^# The app under test.*?^SNIPPET = .*?$", re.MULTILINE | re.DOTALL)
NAME_LINE = re.compile(r'^NAME = "[^"]*"$', re.MULTILINE)


def _lookup(test_path: Path) -> str:
    found = LOOKUP.search(test_path.read_text(encoding="utf-8"))
    assert found, f"{test_path.name} has no lookup block"
    return found.group(0)


@pytest.mark.parametrize("snippet", WITH_TESTS, ids=lambda s: s.file)
def test_the_snippets_own_test_finds_it_with_counters_lines(snippet):
    """The same lines as counter.py's test (its NAME aside), so the tests/ folder run of that
    test below holds for this one; and every AppTest of the snippet is started from them."""
    lookup = _lookup(snippet.test_path)
    assert f'NAME = "{snippet.file}"' in lookup
    assert NAME_LINE.sub("NAME", lookup) == NAME_LINE.sub("NAME", _lookup(COUNTER.test_path))
    after = snippet.test_path.read_text(encoding="utf-8").split(lookup, 1)[1]
    assert "SNIPPET" in after and "__file__" not in after, "the snippet is found only by SNIPPET"


@pytest.mark.parametrize("snippet", WITH_TESTS, ids=lambda s: s.file)
def test_the_snippets_own_test_is_self_contained(snippet):
    text = snippet.test_path.read_text(encoding="utf-8")
    assert "conftest" not in text
    imported = {
        (alias.name if isinstance(node, ast.Import) else node.module or "").split(".")[0]
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not imported & {"app", "ops", "state_lint", "bench", "tests"}, imported
    assert f'"{snippet.file}"' in text, "it runs the snippet beside it, by name"


@pytest.mark.parametrize("snippet", WITH_TESTS, ids=lambda s: s.file)
def test_the_snippets_own_test_says_where_the_snippet_goes(snippet):
    """A learner who opens the file reads where to put the snippet."""
    tree = ast.parse(snippet.test_path.read_text(encoding="utf-8"))
    words = " ".join((ast.get_docstring(tree) or "").split())
    assert snippet.file in words
    assert WHERE in words[words.index(snippet.file) :]


def _pytest_in(cwd: Path, test: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return run_python(
        "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test), cwd=cwd, env=env, timeout=300
    )


def test_a_test_in_a_tests_folder_finds_the_app_one_folder_up(tmp_path):
    """project/counter.py and project/tests/test_counter.py, pytest run from another folder."""
    (tmp_path / "project" / "tests").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    shutil.copyfile(COUNTER.path, tmp_path / "project" / COUNTER.file)
    test = tmp_path / "project" / "tests" / COUNTER.test_path.name
    shutil.copyfile(COUNTER.test_path, test)
    run = _pytest_in(tmp_path / "elsewhere", test)
    assert run.returncode == 0 and " passed" in run.stdout, run.stdout[-2000:]


def test_a_test_deep_in_a_project_finds_the_app_where_pytest_runs(tmp_path):
    """project/counter.py and project/tests/unit/test_counter.py, pytest run from project/."""
    deep = tmp_path / "tests" / "unit"
    deep.mkdir(parents=True)
    shutil.copyfile(COUNTER.path, tmp_path / COUNTER.file)
    shutil.copyfile(COUNTER.test_path, deep / COUNTER.test_path.name)
    run = _pytest_in(tmp_path, deep / COUNTER.test_path.name)
    assert run.returncode == 0 and " passed" in run.stdout, run.stdout[-2000:]


def test_a_learner_who_renamed_the_app_changes_name_and_the_test_runs(tmp_path):
    """The comment above NAME says what to do when the copy has another name: doing just that
    is enough."""
    shutil.copyfile(COUNTER.path, tmp_path / "app.py")
    test = tmp_path / COUNTER.test_path.name
    text = COUNTER.test_path.read_text(encoding="utf-8")
    assert "Change NAME if your copy has another name." in text
    test.write_text(text.replace('NAME = "counter.py"', 'NAME = "app.py"'), encoding="utf-8")
    run = _pytest_in(tmp_path, test)
    assert run.returncode == 0 and " passed" in run.stdout, run.stdout[-2000:]


def test_without_the_app_the_failure_names_the_file_it_looked_for(tmp_path):
    test = tmp_path / COUNTER.test_path.name
    shutil.copyfile(COUNTER.test_path, test)
    run = _pytest_in(tmp_path, test)
    assert run.returncode != 0
    assert f"AppTest script not found at {tmp_path / COUNTER.file}" in run.stdout
