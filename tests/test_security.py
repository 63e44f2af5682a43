"""Static security checks: no page, snippet or component renders HTML built from values.

`unsafe_allow_html=True` and `st.html` would turn user text (a name, a URL parameter, an
uploaded file) into markup. The app may only use them with a constant string literal; the
config test for XSRF and serializable state lives in tests/test_catalog.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

CHECKED = [
    ROOT / "Home.py",
    *sorted((ROOT / "lessons").glob("*.py")),
    *sorted((ROOT / "snippets").glob("*.py")),
    *sorted((ROOT / "app").rglob("*.py")),
]
# Call names that render their argument as HTML (st.html, components.v1.html, container.html).
HTML_CALLS = {"html"}


def html_risks(source: str, filename: str = "<source>") -> list[str]:
    """Every call that could render a non-literal value as HTML, as `file:line: reason`."""
    risks = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Dict) and any(
            isinstance(key, ast.Constant) and key.value == "unsafe_allow_html" for key in node.keys
        ):
            risks.append(f"{filename}:{node.lineno}: unsafe_allow_html passed through a dict")
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else None
        if isinstance(node.func, ast.Name):
            name = node.func.id
        keywords = {kw.arg: kw.value for kw in node.keywords}
        unsafe = keywords.get("unsafe_allow_html")
        renders_html = name in HTML_CALLS or (
            unsafe is not None and not (isinstance(unsafe, ast.Constant) and unsafe.value is False)
        )
        if not renders_html:
            continue
        values = [*node.args, *(v for k, v in keywords.items() if k != "unsafe_allow_html")]
        if any(kw.arg is None for kw in node.keywords) or any(
            isinstance(arg, ast.Starred) for arg in node.args
        ):
            risks.append(f"{filename}:{node.lineno}: {name}() with unpacked arguments")
        elif not all(isinstance(value, ast.Constant) for value in values):
            risks.append(f"{filename}:{node.lineno}: {name}() renders a non-literal as HTML")
    return risks


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_html_from_values(path: Path):
    assert html_risks(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))) == []


def test_the_checked_files_include_every_page_and_snippet():
    names = {str(p.relative_to(ROOT)) for p in CHECKED}
    assert {"Home.py", "lessons/home.py", "app/frame/lesson.py", "snippets/counter.py"} <= names


@pytest.mark.parametrize(
    "source",
    [
        "st.markdown(name, unsafe_allow_html=True)",
        'st.markdown(f"<b>{name}</b>", unsafe_allow_html=True)',
        "st.write(text, unsafe_allow_html=flag)",
        "st.html(user_text)",
        'st.html(f"<p>{user_text}</p>")',
        "st.sidebar.html(body=page)",
        "components.html(widget)",
        'st.markdown(x, **{"unsafe_allow_html": True})',
        "st.html(*parts)",
    ],
)
def test_the_check_catches_html_built_from_values(source):
    assert html_risks(source) != []


@pytest.mark.parametrize(
    "source",
    [
        "st.markdown(name)",
        "st.markdown(name, unsafe_allow_html=False)",
        'st.markdown("<hr>", unsafe_allow_html=True)',
        'st.html("<p>fixed</p>")',
        "st.code(text)",
    ],
)
def test_the_check_allows_literals_and_escaped_text(source):
    assert html_risks(source) == []
