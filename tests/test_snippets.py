"""Every snippet is a complete script: it runs alone, and a broken one raises exactly its error."""

from __future__ import annotations

import ast
import sys

import pytest
from conftest import exception_type, open_snippet

from components.catalog import LESSONS

SNIPPETS = [snippet for lesson in LESSONS for snippet in lesson.snippets]


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda s: s.file)
def test_snippet_runs_alone(snippet):
    at = open_snippet(snippet.file).run()
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
    assert "components" not in roots
    # sqlalchemy: the durable-state store's st.connection(type="sql") needs it (a main dependency).
    allowed = {"streamlit", "pandas", "numpy", "altair", "sqlalchemy"}
    allowed |= set(sys.stdlib_module_names)
    assert roots <= allowed, roots - allowed
