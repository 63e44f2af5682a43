"""Shared AppTest helpers for the in-process tests."""

from __future__ import annotations

import re
import time

import pytest
from pg import own_pg_cluster, pg_cluster, pg_url, store_url  # noqa: E402, F401  (PostgreSQL fixtures)
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

from app.catalog import Lesson, lesson_by_slug  # noqa: E402
from app.frame.reset import RESETTING_NOTE  # noqa: E402
from app.paths import HOME, ROOT, snippet_path  # noqa: F401  (re-exported to the tests)

TIMEOUT = 30

# Fixtures that start a PostgreSQL cluster: a test using one is a `system` test.
POSTGRES_FIXTURES = frozenset({"pg_cluster", "pg_url"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark as `system` every test that needs PostgreSQL, including the PostgreSQL half of the
    tests parametrized over `store_url`, so `-m "not e2e and not system"` runs in-process only."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_postgres = callspec is not None and callspec.params.get("store_url") == "postgresql"
        if on_postgres or POSTGRES_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.system)


@pytest.fixture(autouse=True)
def _run_from_project_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """AppTest reads .streamlit/config.toml from the working directory: use the app's config."""
    monkeypatch.chdir(ROOT)


def lesson(slug: str) -> Lesson:
    found = lesson_by_slug(slug)
    assert found is not None, f"no lesson {slug!r} in the catalog"
    return found


def open_lesson(slug: str) -> AppTest:
    """The app as a learner reaches a lesson: Home.py first, then a page switch."""
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    at.switch_page(lesson(slug).page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_snippet(file: str) -> AppTest:
    """A snippet alone, exactly as `streamlit run snippets/<lesson>/<file>` would run it."""
    return AppTest.from_file(str(snippet_path(file)), default_timeout=TIMEOUT)


def texts(at: AppTest) -> str:
    """All text of the main area (Markdown, plain `st.text`, alerts, captions), joined, to
    assert what a user reads."""
    parts = [el.value for el in at.main.markdown]
    parts += [el.value for el in at.main.text]
    parts += [str(el.value) for el in at.main.success]
    parts += [str(el.value) for el in at.main.error]
    parts += [str(el.value) for el in at.main.caption]
    return "\n".join(parts)


HEADING_ELEMENTS = {"title": 1, "header": 2, "subheader": 3}
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*$")


def headings(block: Block, level: int | None = None) -> list[str]:
    """The headings a learner sees in `block` (e.g. `at.main`), in page order: heading
    elements and the `#` lines of Markdown blocks (the lesson frame writes a run of prose,
    its headings included, as one Markdown element). `level` 1 = title, 2 = header, ..."""
    found: list[str] = []
    for node in block.children.values():
        kind = getattr(node, "type", None)
        if kind in HEADING_ELEMENTS:
            if level in (None, HEADING_ELEMENTS[kind]):
                found.append(node.value)
        elif kind == "markdown":
            fenced = False
            for line in node.value.splitlines():
                fenced ^= line.lstrip().startswith("```")
                match = None if fenced else MARKDOWN_HEADING.match(line)
                if match and level in (None, len(match.group(1))):
                    found.append(match.group(2))
        elif isinstance(node, Block):
            found.extend(headings(node, level))
    return found


def exception_type(at: AppTest, index: int = 0) -> str:
    """Class of the index-th exception a run showed, as Streamlit names it: `KeyError` for
    builtins, `module.Class` otherwise (the same form as `Snippet.raises`)."""
    assert len(at.exception) > index, "the run showed no exception"
    return at.exception[index].proto.type


def page_links(at: AppTest) -> dict[str, str]:
    """Title -> URL path of every in-app link (st.page_link) in the main area."""
    return {link.label: link.proto.page for link in at.main.get("page_link")}


def links_to_lesson(at: AppTest, slug: str) -> bool:
    """True when the page links to lesson `slug` with a page link (same session, state kept)."""
    target = lesson(slug)
    return page_links(at).get(target.title) == target.url_path


def button(at: AppTest, label: str):  # noqa: ANN201 (AppTest's Button element)
    """The main-area button a learner sees with this label."""
    return next(b for b in at.main.button if b.label == label)


def click(at: AppTest, label: str) -> AppTest:
    """Click the main-area button with this label, as a learner would, and rerun."""
    return button(at, label).click().run()


def snippet_function(file: str, name: str):  # noqa: ANN201 (the function itself)
    """A top-level function of a snippet (with the snippet's imports and constants), without its
    decorators and without running the rest of the snippet: e.g. the sample-data maker, to
    compare what the page shows with it."""
    import ast

    tree = ast.parse(snippet_path(file).read_text(encoding="utf-8"))
    kept = [
        n
        for n in tree.body
        if isinstance(n, ast.Import | ast.ImportFrom)
        or (
            isinstance(n, ast.Assign)
            and all(isinstance(t, ast.Name) for t in n.targets)
            and isinstance(n.value, ast.Constant | ast.List | ast.Tuple)
        )
        or (isinstance(n, ast.FunctionDef) and n.name == name)
    ]
    for node in kept:
        if isinstance(node, ast.FunctionDef):
            node.decorator_list = []
    namespace: dict = {}
    exec(compile(ast.Module(body=kept, type_ignores=[]), file, "exec"), namespace)
    return namespace[name]


def reset_lesson(at: AppTest) -> None:
    """Press "Reset this lesson". The run after it draws no page, only a note, so the browser
    forgets the page's widgets; in the browser a timer then asks for the next run, which the
    test does itself (AppTest runs no timers). tests/e2e/test_reset.py shows it all live."""
    at.sidebar.button(key="_reset_lesson").click().run()
    assert not at.exception
    assert [c.value for c in at.main.caption][:1] == [RESETTING_NOTE]
    assert not at.main.file_uploader and not at.main.text_input and not at.main.button
    at.run()
    assert not at.exception


@pytest.fixture
def no_word_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chat snippets pause between words so that a learner can interrupt a stream in the
    browser; AppTest cannot interrupt, so each pause is cut to a millisecond (AppTest's own
    polling step)."""
    real_sleep = time.sleep
    monkeypatch.setattr(time, "sleep", lambda seconds: real_sleep(min(seconds, 0.001)))
