"""The import graph keeps the shape docs/ARCHITECTURE.md describes.

Every `import` in the project's Python (function-level ones included) is read with `ast` and
resolved to a project module. The rules: no import circle anywhere; the app never imports a
page; `ops/` is below everything but `app.paths`; deploy, bench and tests share only `ops/` and
`app/`; state-lint stands alone.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.paths import ROOT

# Folders whose Python files are scripts run by `streamlit run` or pytest, never imported by
# module name from outside: snippets (copied by learners) and test artifacts.
NOT_MODULES = ("snippets", "state_lint/cases", "tests/e2e/artifacts", "tests/e2e/apps")
# tests/ is on sys.path under pytest, so its helpers are imported by bare name.
TEST_HELPERS = {path.stem for path in (ROOT / "tests").glob("*.py")} - {"__init__"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@functools.cache
def project_modules() -> dict[str, Path]:
    """Every importable project module by dotted name (tests' helpers as `tests.<name>`)."""
    modules = {}
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(NOT_MODULES) or "/." in f"/{relative}" or relative.startswith("."):
            continue
        modules[_module_name(path)] = path
    return modules


def _resolve(name: str, importer: str) -> str | None:
    """The project module an imported name refers to, or None for a third-party one."""
    modules = project_modules()
    if importer.startswith("tests") and name.split(".")[0] in TEST_HELPERS:
        name = f"tests.{name}"
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str) -> Iterator[tuple[str, int]]:
    """(project module imported, line) for every import statement in `module`."""
    path = project_modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [f"{base}.{alias.name}" for alias in node.names] or [base]
        else:
            continue
        for name in names:
            target = _resolve(name, module)
            if target is not None and target != module:
                yield target, node.lineno


@functools.cache
def graph() -> dict[str, frozenset[str]]:
    return {module: frozenset(t for t, _ in imports_of(module)) for module in project_modules()}


def _cycles(edges: dict[str, frozenset[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def _top(module: str) -> str:
    return module.split(".")[0]


def test_the_graph_sees_the_packages_and_their_imports():
    edges = graph()
    assert {"app.paths", "app.catalog", "app.frame.lesson", "ops.streamlit_server"} <= set(edges)
    assert "app.catalog.model" in edges["app.catalog.lessons"]
    assert "app.paths" in edges["ops.streamlit_server"]


def test_a_circle_is_found_when_there_is_one():
    assert _cycles({"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset({"a"})}) == [
        ["a", "b", "c"]
    ]
    assert _cycles({"a": frozenset({"b"}), "b": frozenset()}) == []


def test_no_import_circle_anywhere():
    assert _cycles(graph()) == []


def _violations(importers: str, forbidden: tuple[str, ...], allowed: tuple[str, ...] = ()):
    return [
        f"{module} imports {target}"
        for module, targets in graph().items()
        if _top(module) == importers or module == importers
        for target in targets
        if target.startswith(forbidden) and not target.startswith(allowed)
    ]


def test_no_app_module_imports_a_page():
    assert _violations("app", ("lessons", "Home")) == []


def test_ops_depends_on_nothing_of_the_project_but_its_paths():
    forbidden = ("app", "bench", "deploy", "tests", "lessons", "Home", "tools")
    assert _violations("ops", forbidden, allowed=("app.paths",)) == []


@pytest.mark.parametrize(
    ("importers", "forbidden"),
    [("deploy", ("bench", "tests")), ("bench", ("deploy", "tests")), ("app", ("ops", "bench"))],
)
def test_deploy_bench_and_tests_share_only_ops_and_app(importers, forbidden):
    assert _violations(importers, forbidden) == []


def test_the_tests_helpers_use_ops_not_bench_or_deploy():
    helpers = [
        m for m in graph() if m.startswith("tests") and m.rpartition(".")[2][:5] not in {"test_"}
    ]
    assert "tests.conftest" in helpers
    found = [
        f"{module} imports {target}"
        for module in helpers
        for target in graph()[module]
        if target.startswith(("bench", "deploy"))
    ]
    assert found == []


def test_state_lint_imports_nothing_of_the_app():
    assert _violations("state_lint", ("app", "ops", "bench", "deploy", "tests", "tools")) == []
