"""What a lesson is: its row (slug, title, keys) and the snippet files it shows.

A lesson's snippets are not listed in its row: they are the files of its folder
`snippets/<page stem>/`, in the order its page first names them, so each fact is stated once.
"""

from __future__ import annotations

import ast
import builtins
import functools
import importlib
import re
from dataclasses import dataclass
from pathlib import Path

from app.paths import ROOT, SNIPPETS_DIR

# The line by which a broken snippet declares what it raises (see `Snippet`).
RAISES_LINE = re.compile(
    r"^[ \t]*# Raises (?P<name>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*):", re.MULTILINE
)
# The line by which one snippet claims a newer Streamlit than its lesson (see `Snippet`).
NEEDS_LINE = re.compile(r"^[ \t]*# Needs Streamlit (?P<version>\d+\.\d+) or newer", re.MULTILINE)


@dataclass(frozen=True)
class Snippet:
    """A copy-paste snippet file in its lesson's folder `snippets/<lesson>/`.

    A deliberately broken snippet (`*_broken.py`) declares the exception it raises in its own
    file, on a comment line `# Raises <class>: <why>` (the why may go on over the next comment
    lines), e.g. `# Raises KeyError: nothing ever set "accent_color".` The class is a builtin's
    name or a dotted path (`streamlit.errors.StreamlitInvalidFormCallbackError`); the page
    catches exactly that class and the tests assert the snippet really raises it.

    A snippet that needs a newer Streamlit than the rest of its lesson says so on a comment line
    `# Needs Streamlit 1.52 or newer: <why>`, and a test that needs a newer AppTest than its
    snippet needs Streamlit says so the same way in the test file; the page shows both beside
    the listing and the version matrix (tools/version_matrix.py) runs the pair on the newer.
    """

    path: Path

    @property
    def file(self) -> str:
        """Its file name, which is also the learner's download name."""
        return self.path.name

    @functools.cached_property
    def test_path(self) -> Path:
        """Its self-contained AppTest test, beside it: `snippets/<lesson>/test_<name>.py`."""
        return self.path.with_name(f"test_{self.path.name}")

    @functools.cached_property
    def raises(self) -> str | None:
        """The exception class its `# Raises <class>:` line declares, or None for a working one."""
        match = RAISES_LINE.search(self.path.read_text(encoding="utf-8"))
        return match["name"] if match else None

    @functools.cached_property
    def min_version(self) -> str | None:
        """The release its `# Needs Streamlit X.Y or newer` line names, or None (its lesson's)."""
        match = NEEDS_LINE.search(self.path.read_text(encoding="utf-8"))
        return match["version"] if match else None

    @functools.cached_property
    def test_min_version(self) -> str | None:
        """The release its test's `# Needs Streamlit X.Y or newer` line names (a newer AppTest
        than the snippet needs), or None."""
        if not self.test_path.is_file():
            return None
        match = NEEDS_LINE.search(self.test_path.read_text(encoding="utf-8"))
        return match["version"] if match else None

    @property
    def is_broken(self) -> bool:
        return self.raises is not None

    def exception_class(self) -> type[BaseException]:
        """Resolve `raises` to the class, so a page can catch exactly that class and no other."""
        if self.raises is None:
            raise ValueError(f"{self.file} is not a broken snippet")
        module_name, _, class_name = self.raises.rpartition(".")
        owner = importlib.import_module(module_name) if module_name else builtins
        exc = getattr(owner, class_name)
        if not (isinstance(exc, type) and issubclass(exc, BaseException)):
            raise TypeError(f"{self.raises} is not an exception class")
        return exc


def _strings_in_order(page: Path) -> tuple[str, ...]:
    """Every string literal of a page's source, first mentions only, in source order: the
    order in which the page names its snippets (`show_snippet(lesson, "counter.py")`)."""
    tree = ast.parse(page.read_text(encoding="utf-8"))
    found = sorted(
        (node.lineno, node.col_offset, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )
    return tuple(dict.fromkeys(value for _, _, value in found))


@dataclass(frozen=True)
class Lesson:
    """One lesson page. `keys` are the session-state keys its snippets own."""

    slug: str
    title: str
    icon: str
    summary: str
    tags: tuple[str, ...]
    keys: tuple[str, ...]
    shared_keys: tuple[str, ...] = ()
    # Keys that describe the session itself rather than the learner's use of the lesson (the
    # reload lesson's session number): "Reset this lesson" keeps them, so it resets the lesson
    # without pretending to be a new session.
    session_keys: tuple[str, ...] = ()
    min_version: str | None = None
    # Companion page files (hidden from the sidebar) that belong to this lesson, e.g. the other
    # side of a page switch. Their keys are this lesson's keys.
    extra_pages: tuple[str, ...] = ()
    # Set by `in_section` in app/catalog/lessons.py, where each section lists its lessons.
    section: str = ""
    # Why using one of this lesson's demos reruns the whole page, when it does: what the demos
    # show depends on the page's run. Empty (most lessons): each demo reruns alone, as its file
    # would (app/frame/lesson.py, `demo_alone`).
    page_reruns: str = ""

    @property
    def page(self) -> str:
        """Page file, relative to the project root (the form `st.Page` and `switch_page` use).

        In lessons/, not pages/: Streamlit treats a pages/ folder beside the entry script as a
        v1 multipage app, and a URL matching a file name there would run it without Home.py.
        """
        return f"lessons/{self.slug.replace('-', '_')}.py"

    @property
    def snippet_dir(self) -> Path:
        """The lesson's snippet folder, named as its page file: `snippets/quick_start/`."""
        return SNIPPETS_DIR / Path(self.page).stem

    @functools.cached_property
    def snippets(self) -> tuple[Snippet, ...]:
        """Every snippet in `snippet_dir` (its .py files but the tests), in the order the page
        first names them; one the page never names comes last, where the tests catch it.

        Read once per process: the frame reads it on every rerun.
        """
        files = {
            path.name: path
            for path in self.snippet_dir.glob("*.py")
            if not path.name.startswith("test_")
        }
        named = [name for name in _strings_in_order(ROOT / self.page) if name in files]
        order = [*named, *sorted(files.keys() - set(named))]
        return tuple(Snippet(files[name]) for name in order)

    @property
    def url_path(self) -> str:
        return self.slug

    @property
    def reset_keys(self) -> tuple[str, ...]:
        """The keys "Reset this lesson" deletes: all of the lesson's but its session keys."""
        return tuple(key for key in self.keys if key not in self.session_keys)

    def snippet(self, file: str) -> Snippet:
        for snippet in self.snippets:
            if snippet.file == file:
                return snippet
        raise KeyError(f"{file} is not a snippet of lesson {self.slug!r}")
