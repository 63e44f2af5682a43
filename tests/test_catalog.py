"""The catalog is the single source of truth: every row must point at real, working files."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from conftest import HOME, ROOT, TIMEOUT, headings
from streamlit.errors import StreamlitDuplicateElementKey
from streamlit.testing.v1 import AppTest

from app.catalog import HOME_PAGE, LESSONS, SECTIONS, Lesson, model
from app.frame.lesson import listing_key
from app.paths import SNIPPETS_DIR

README = (ROOT / "README.md").read_text(encoding="utf-8")


def with_listings_open(lesson):
    """The lesson page with every snippet's listing opened, as a learner clicking each one."""
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    at.switch_page(lesson.page).run()
    for snippet in lesson.snippets:
        at.session_state[listing_key(snippet.file)] = True
    return at.run()


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_every_lesson_renders_through_home(lesson):
    at = with_listings_open(lesson)
    assert not at.exception, [e.value for e in at.exception]
    assert headings(at.main, level=1)[0] == lesson.title
    # The frame: source with copy button, a download per snippet (and per snippet test), the
    # inspector's reset.
    assert len(at.main.code) >= len(lesson.snippets)
    downloads = [b.proto.label for b in at.main.get("download_button")]
    expected = []
    for snippet in lesson.snippets:
        expected.append(f"Download {snippet.file}")
        if snippet.test_path.is_file():
            expected.append(f"Download {snippet.test_path.name}")
    assert downloads == expected
    assert "Reset this lesson" in [b.label for b in at.sidebar.button]
    headers = headings(at.main, level=3)
    assert "How it works" in headers and "Pitfalls" in headers


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_lesson_page_shows_each_snippet_file_verbatim(lesson):
    at = with_listings_open(lesson)
    shown = [c.value for c in at.main.code if c.language == "python"]
    for snippet in lesson.snippets:
        assert snippet.path.read_text(encoding="utf-8").rstrip("\n") in shown


def test_a_closed_listing_sends_nothing_and_opens_with_the_code():
    """Listings track whether they are open; a closed one runs none of its content, so the
    code and downloads of the snippets a learner did not open cost no rerun anything."""
    lesson = next(lesson for lesson in LESSONS if lesson.slug == "forms")
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    at.switch_page(lesson.page).run()
    labels = [e.label for e in at.main.expander]
    second = lesson.snippets[1]
    assert any(label.startswith(f"Code: {second.file} (") for label in labels)
    assert f"Download {second.file}" not in [b.proto.label for b in at.main.get("download_button")]
    at.session_state[listing_key(second.file)] = True
    at.run()
    shown = [c.value for c in at.main.code if c.language == "python"]
    assert second.path.read_text(encoding="utf-8").rstrip("\n") in shown
    assert f"Download {second.file}" in [b.proto.label for b in at.main.get("download_button")]


def test_a_listings_downloads_have_no_tooltip_and_say_what_the_test_is_as_a_caption():
    """A button's `help` tooltip opens above it, over the snippet's download button just above
    the test's, and stays open while the pointer is on it: a click meant for the snippet's
    button lands on the tooltip. So no download has one; the test file is explained below."""
    lesson = next(lesson for lesson in LESSONS if lesson.slug == "quick-start")
    snippet = lesson.snippets[0]
    assert snippet.test_path.is_file()
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    at.switch_page(lesson.page).run()
    at.session_state[listing_key(snippet.file)] = True
    at.run()
    buttons = {b.proto.label: b.proto.help for b in at.main.get("download_button")}
    assert buttons[f"Download {snippet.file}"] == ""
    assert buttons[f"Download {snippet.test_path.name}"] == ""
    captions = [c.value for c in at.main.caption]
    assert any(
        c.startswith(f"`{snippet.test_path.name}` is its AppTest test: put it beside")
        for c in captions
    ), captions


def test_home_is_the_default_page():
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.title[0].value == "Session State Patterns"
    assert (ROOT / HOME_PAGE).is_file()


def test_slugs_titles_and_pages_are_unique_and_exist():
    slugs = [lesson.slug for lesson in LESSONS]
    assert len(slugs) == len(set(slugs))
    assert len({lesson.title for lesson in LESSONS}) == len(LESSONS)
    for lesson in LESSONS:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", lesson.slug), lesson.slug
        assert (ROOT / lesson.page).is_file(), lesson.page
        for companion in lesson.extra_pages:
            assert (ROOT / companion).is_file(), companion
        assert lesson.section in SECTIONS
        assert lesson.icon.startswith(":material/")
        assert lesson.snippets and lesson.keys and lesson.summary and lesson.tags


def listings_in_page_order(at: AppTest) -> list[str]:
    """The snippet files whose listings ("Code: <file> (<n> lines)") the page shows, in order."""
    labels = [e.label for e in at.main.expander if e.label.startswith("Code: ")]
    return [label.removeprefix("Code: ").rpartition(" (")[0] for label in labels]


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_every_snippet_in_the_lessons_folder_is_shown_by_its_page(lesson):
    """The folder is the set of a lesson's snippets: a file the page forgets to show fails here,
    and the page's order is the lesson's order (its first listing is `lesson.snippets[0]`)."""
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    at.switch_page(lesson.page).run()
    in_folder = {p.name for p in lesson.snippet_dir.glob("*.py") if not p.name.startswith("test_")}
    shown = listings_in_page_order(at)
    assert sorted(shown) == sorted(in_folder), "a snippet of the folder is not shown by the page"
    assert shown == [snippet.file for snippet in lesson.snippets]


# The most lines a lesson's first snippet may have: the smallest code that shows the pattern
# comes first, the complete pattern after it.
FIRST_SNIPPET_MAX_LINES = 30


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_a_lessons_first_snippet_is_short(lesson):
    first = lesson.snippets[0]
    lines = len(first.path.read_text(encoding="utf-8").splitlines())
    assert lines <= FIRST_SNIPPET_MAX_LINES, f"{first.file} has {lines} lines"


def test_a_lessons_snippets_are_its_folder_in_the_order_its_page_names_them(tmp_path, monkeypatch):
    """Derived, not listed: test files are not snippets, a name inside prose is no mention, a
    file the page never names still counts (last), and a broken one's own line says what it
    raises."""
    (tmp_path / "lessons").mkdir()
    (tmp_path / "lessons" / "demo_lesson.py").write_text(
        'prose("Run `streamlit run forgotten.py` to see it alone.")\n'
        'show_snippet(lesson, "b.py")\n'
        'show_before_after(lesson, "a_broken.py", "a.py", title="A", intro="")\n'
        'show_snippet(lesson, "b.py")\n',
        encoding="utf-8",
    )
    folder = tmp_path / "snippets" / "demo_lesson"
    folder.mkdir(parents=True)
    for name in ("a.py", "b.py", "forgotten.py", "test_a.py"):
        (folder / name).write_text("import streamlit as st\n", encoding="utf-8")
    (folder / "a_broken.py").write_text(
        "import streamlit as st\n\n"
        "# Raises streamlit.errors.StreamlitDuplicateElementKey: the same\n"
        "# key twice in one run.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(model, "ROOT", tmp_path)
    monkeypatch.setattr(model, "SNIPPETS_DIR", tmp_path / "snippets")
    lesson = Lesson(slug="demo-lesson", title="Demo", icon="", summary="", tags=(), keys=())
    assert [s.file for s in lesson.snippets] == ["b.py", "a_broken.py", "a.py", "forgotten.py"]
    assert lesson.snippet("a.py").test_path == folder / "test_a.py"
    assert [s.raises for s in lesson.snippets] == [
        None,
        "streamlit.errors.StreamlitDuplicateElementKey",
        None,
        None,
    ]
    assert lesson.snippet("a_broken.py").exception_class() is StreamlitDuplicateElementKey


def test_each_lesson_has_a_snippet_folder_and_every_file_sits_in_one():
    for lesson in LESSONS:
        assert lesson.snippet_dir.is_dir(), f"{lesson.slug} has no folder {lesson.snippet_dir}"
        assert lesson.snippets, f"{lesson.snippet_dir} holds no snippet"
    folders = {p.name for p in SNIPPETS_DIR.iterdir() if p.is_dir() and p.name.isidentifier()}
    assert folders - {"__pycache__"} == {lesson.snippet_dir.name for lesson in LESSONS}
    assert list(SNIPPETS_DIR.glob("*.py")) == [], "a snippet outside its lesson's folder"
    # A test goes beside its snippet: one without would never be offered or run.
    for test in SNIPPETS_DIR.glob("*/test_*.py"):
        assert test.with_name(test.name.removeprefix("test_")).is_file(), test


def test_no_two_snippet_files_share_a_name():
    """The name is the learner's download name and a key of the page's listing."""
    names = Counter(path.name for path in SNIPPETS_DIR.glob("*/*.py"))
    assert [name for name, n in names.items() if n > 1] == []


def test_broken_snippets_follow_the_naming_rule():
    """A `*_broken.py` file declares what it raises on its `# Raises <class>:` line, and a
    working snippet declares nothing (the page would catch that class in it)."""
    for lesson in LESSONS:
        for snippet in lesson.snippets:
            assert snippet.is_broken == snippet.file.endswith("_broken.py"), snippet.file
            if snippet.is_broken:
                assert issubclass(snippet.exception_class(), BaseException)


def test_no_key_is_owned_by_two_lessons_unless_declared_shared():
    owners: dict[str, list[str]] = {}
    for lesson in LESSONS:
        for key in lesson.keys:
            owners.setdefault(key, []).append(lesson.slug)
        assert set(lesson.shared_keys) <= set(lesson.keys), lesson.slug
        assert not any(key.startswith("_") for key in lesson.keys), "internal keys are hidden"
    for key, slugs in owners.items():
        if len(slugs) > 1:
            by_slug = {x.slug: x for x in LESSONS}
            sharing = [s for s in slugs if key in by_slug[s].shared_keys]
            assert sharing == slugs, f"key {key!r} is claimed by {slugs} without being shared"


def test_readme_lists_every_lesson_in_its_table():
    rows = re.findall(r"^\| \[(.+?)\]\(.+?\) \| `(.+?)` \|", README, flags=re.MULTILINE)
    assert sorted(rows) == sorted((lesson.title, lesson.slug) for lesson in LESSONS)


def test_ci_runs_exactly_the_readme_test_command():
    match = re.search(r"<!-- test-command -->\s*```(?:bash|sh)?\n(.+?)\n```", README, re.DOTALL)
    assert match, "README must mark its test command with <!-- test-command -->"
    command = match.group(1).strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command in ci


def test_config_keeps_xsrf_on_and_state_serializable():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableXsrfProtection"] is True
    assert config["runner"]["enforceSerializableSessionState"] is True
    assert "enableCORS" not in config["server"]


def test_pyproject_pins_streamlit_and_has_test_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "streamlit>=1.67,<2" in project["dependencies"]
    extras = " ".join(project["optional-dependencies"]["test"])
    for package in ("pytest", "playwright", "pytest-playwright", "ruff"):
        assert package in extras


def test_no_pages_folder_beside_home():
    # A pages/ folder would make Streamlit route /<file-name> URLs around Home.py (MPA v1).
    assert not (Path(HOME).parent / "pages").exists()
