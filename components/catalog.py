"""The lessons: one row each. Navigation, the landing page, the inspector and the tests read it.

Adding a lesson means adding one `Lesson` row here (plus its page, snippet and test files).
"""

from __future__ import annotations

import builtins
import importlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS_DIR = ROOT / "snippets"
# Not "pages/": Streamlit treats a pages/ folder beside the entry script as a v1 multipage app,
# and a URL whose path matches a file name there would run that file without Home.py.
PAGES_DIR = ROOT / "lessons"

HOME_PAGE = "lessons/home.py"


@dataclass(frozen=True)
class Snippet:
    """A copy-paste snippet file in `snippets/`.

    `raises` names the exception class a deliberately broken snippet raises (dotted path for
    non-builtins); the page shows it inside the lesson frame and the tests assert it exactly.
    """

    file: str
    raises: str | None = None

    @property
    def path(self) -> Path:
        return SNIPPETS_DIR / self.file

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
    section: str
    icon: str
    summary: str
    tags: tuple[str, ...]
    snippets: tuple[Snippet, ...]
    keys: tuple[str, ...]
    shared_keys: tuple[str, ...] = ()
    min_version: str | None = None
    # Companion page files (hidden from the sidebar) that belong to this lesson, e.g. the other
    # side of a page switch. Their keys are this lesson's keys.
    extra_pages: tuple[str, ...] = ()

    @property
    def page(self) -> str:
        """Page file, relative to the project root (the form `st.Page` and `switch_page` use)."""
        return f"lessons/{self.slug.replace('-', '_')}.py"

    @property
    def url_path(self) -> str:
        return self.slug

    def snippet(self, file: str) -> Snippet:
        for snippet in self.snippets:
            if snippet.file == file:
                return snippet
        raise KeyError(f"{file} is not a snippet of lesson {self.slug!r}")

    def search_text(self) -> str:
        return " ".join((self.title, self.summary, *self.tags)).lower()


BASICS: tuple[Lesson, ...] = (
    Lesson(
        slug="quick-start",
        title="Quick start: a counter",
        section="Basics",
        icon=":material/exposure_plus_1:",
        summary="Keep a value alive across reruns: the counter that every click increments.",
        tags=("counter", "button", "rerun", "increment", "guard"),
        snippets=(
            Snippet("counter.py"),
            Snippet("counter_without_state.py"),
            Snippet("counter_callback.py"),
        ),
        keys=("count", "naive_increment", "count_cb"),
    ),
    Lesson(
        slug="initialize",
        title="Initialize state safely",
        section="Basics",
        icon=":material/start:",
        summary="Give every key a value before you read it: guard, setdefault, or one helper.",
        tags=("initialize", "setdefault", "guard", "KeyError", "AttributeError", "default"),
        snippets=(
            Snippet("initialize_guard.py"),
            Snippet("initialize_setdefault.py"),
            Snippet("initialize_helper.py"),
            Snippet("initialize_missing_item_broken.py", raises="KeyError"),
            Snippet("initialize_missing_attr_broken.py", raises="AttributeError"),
        ),
        keys=("theme", "page_size", "sort_by", "show_archived"),
    ),
    Lesson(
        slug="widget-keys",
        title="Widgets bound by key",
        section="Basics",
        icon=":material/key:",
        summary="Give a widget a key and its value lives in session state, no syncing needed.",
        tags=("widget", "key", "text_input", "selectbox", "value", "bind"),
        snippets=(Snippet("widget_keys.py"), Snippet("widget_keys_value_conflict.py")),
        keys=("project_name", "env", "team"),
    ),
    Lesson(
        slug="callbacks",
        title="Callbacks: on_click and on_change",
        section="Basics",
        icon=":material/call_received:",
        summary="Update state in a callback, which runs before the script reruns.",
        tags=("callback", "on_click", "on_change", "args", "kwargs", "order", "button"),
        snippets=(
            Snippet("callbacks_save_name.py"),
            Snippet("callbacks_on_change.py"),
            Snippet("callbacks_args.py"),
        ),
        keys=("name", "submitted_name", "celsius", "fahrenheit", "votes", "last_vote"),
    ),
)

PATTERNS: tuple[Lesson, ...] = ()

STATE_VS_CACHE: tuple[Lesson, ...] = ()

PITFALLS: tuple[Lesson, ...] = ()

LESSONS: tuple[Lesson, ...] = (*BASICS, *PATTERNS, *STATE_VS_CACHE, *PITFALLS)

SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(lesson.section for lesson in LESSONS))


def lesson_by_slug(slug: str) -> Lesson | None:
    """The lesson whose url_path is `slug`, or None for the landing page and companion pages."""
    for lesson in LESSONS:
        if lesson.slug == slug:
            return lesson
    return None


def companion_url_path(page: str) -> str:
    """URL path of a lesson's companion page: its file name with dashes, e.g. `multipage-other`."""
    return Path(page).stem.replace("_", "-")


def search_lessons(query: str, lessons: tuple[Lesson, ...] = LESSONS) -> list[Lesson]:
    """Lessons whose title, summary or tags contain every word of `query` (case-insensitive)."""
    words = query.lower().split()
    return [lesson for lesson in lessons if all(w in lesson.search_text() for w in words)]
