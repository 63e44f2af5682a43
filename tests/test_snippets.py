"""Every snippet is a complete script: it runs alone, and a broken one raises exactly its error."""

from __future__ import annotations

import ast
import os
import shutil
import sys
from pathlib import Path

import pytest
from conftest import ROOT, TIMEOUT, exception_type
from streamlit import config
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS

SNIPPETS = [snippet for lesson in LESSONS for snippet in lesson.snippets]
# The code column of a lesson page is about 72 characters wide at 1280 px (with line numbers);
# the browser suite checks that no listing scrolls sideways, this keeps the files within it.
MAX_LINE = 70


def run_without_app_config(script: Path) -> AppTest:
    """Run `script` from its own folder with Streamlit's defaults, not the app's config.

    Streamlit parses its config once per process, from the working directory: reparse it in the
    empty folder, and again from the project root afterwards so later tests get the app's config.
    """
    try:
        os.chdir(script.parent)
        config.get_config_options(force_reparse=True)
        return AppTest.from_file(str(script), default_timeout=TIMEOUT).run()
    finally:
        os.chdir(ROOT)
        config.get_config_options(force_reparse=True)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda s: s.file)
def test_snippet_runs_alone_copied_into_an_empty_folder(snippet, tmp_path):
    """What a learner who downloads the file gets: the file alone, run from its own folder.

    A broken snippet runs in place with the app's config (it may need it to fail: a lambda only
    raises with runner.enforceSerializableSessionState on)."""
    if snippet.is_broken:
        at = AppTest.from_file(str(snippet.path), default_timeout=TIMEOUT).run()
    else:
        copy = tmp_path / snippet.file
        shutil.copyfile(snippet.path, copy)
        at = run_without_app_config(copy)
    if snippet.is_broken:
        assert len(at.exception) == 1, [e.value for e in at.exception]
        assert exception_type(at) == snippet.raises
    else:
        assert not at.exception, [e.value for e in at.exception]


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda s: s.file)
def test_snippet_imports_only_streamlit_pandas_and_stdlib(snippet):
    tree = ast.parse(snippet.path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            roots.add((node.module or "").split(".")[0])
    assert not roots & {"app", "ops", "state_lint"}
    # sqlalchemy: the durable-state store's st.connection(type="sql") needs it (a main dependency).
    allowed = {"streamlit", "pandas", "numpy", "altair", "sqlalchemy"}
    allowed |= set(sys.stdlib_module_names)
    assert roots <= allowed, roots - allowed


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda s: s.file)
def test_snippet_lines_fit_the_code_column(snippet):
    lines = snippet.path.read_text(encoding="utf-8").splitlines()
    too_long = [n for n, line in enumerate(lines, 1) if len(line) > MAX_LINE]
    assert not too_long, f"lines longer than {MAX_LINE} characters: {too_long}"
