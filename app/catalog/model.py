"""What a lesson is: its row (slug, title, keys, snippets) and the snippet files it shows."""

from __future__ import annotations

import builtins
import functools
import importlib
from dataclasses import dataclass
from pathlib import Path

from app.paths import SNIPPETS_DIR


@dataclass(frozen=True)
class Snippet:
    """A copy-paste snippet file in `snippets/`.

    `raises` names the exception class a deliberately broken snippet raises (dotted path for
    non-builtins); the page shows it inside the lesson frame and the tests assert it exactly.
    """

    file: str
    raises: str | None = None

    @functools.cached_property
    def path(self) -> Path:
        return SNIPPETS_DIR / self.file

    @functools.cached_property
    def test_path(self) -> Path:
        """Its self-contained AppTest test, beside it: `snippets/test_<name>.py`."""
        return self.path.with_name(f"test_{self.path.name}")

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


@dataclass(frozen=True)
class Lesson:
    """One lesson page. `keys` are the session-state keys its snippets own."""

    slug: str
    title: str
    icon: str
    summary: str
    tags: tuple[str, ...]
    snippets: tuple[Snippet, ...]
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

    @property
    def page(self) -> str:
        """Page file, relative to the project root (the form `st.Page` and `switch_page` use).

        In lessons/, not pages/: Streamlit treats a pages/ folder beside the entry script as a
        v1 multipage app, and a URL matching a file name there would run it without Home.py.
        """
        return f"lessons/{self.slug.replace('-', '_')}.py"

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
