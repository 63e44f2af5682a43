"""Every snippet's own test (`snippets/test_<name>.py`, offered for download beside the snippet)
passes when copied alone beside its snippet into an empty folder, as a learner would use it:
no conftest, no project on the path, Streamlit's default config."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from components.catalog import LESSONS

WITH_TESTS = [s for lesson in LESSONS for s in lesson.snippets if s.test_path.is_file()]


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, tuple[int, list[str]]]:
    """Copy each pair into its own empty folder, run pytest once over all the folders (one
    process is much faster than one per pair), and read the outcome of every test file."""
    root = tmp_path_factory.mktemp("snippet_tests")
    folders = []
    for snippet in WITH_TESTS:
        folder = root / snippet.path.stem
        folder.mkdir()
        shutil.copyfile(snippet.path, folder / snippet.file)
        shutil.copyfile(snippet.test_path, folder / snippet.test_path.name)
        folders.append(str(folder))
    report = root / "report.xml"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
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
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    outcome: dict[str, tuple[int, list[str]]] = {}
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


@pytest.mark.parametrize("snippet", WITH_TESTS, ids=lambda s: s.file)
def test_the_snippets_own_test_passes_copied_alone(snippet, results):
    stem = snippet.test_path.stem
    assert stem in results, f"{snippet.test_path.name} collected no test"
    count, failures = results[stem]
    assert count >= 1 and not failures, failures


@pytest.mark.parametrize("snippet", WITH_TESTS, ids=lambda s: s.file)
def test_the_snippets_own_test_is_self_contained(snippet):
    text = snippet.test_path.read_text(encoding="utf-8")
    assert "conftest" not in text and "components" not in text
    assert f'"{snippet.file}"' in text, "it runs the snippet beside it, by name"
