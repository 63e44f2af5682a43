"""Search over the lessons: what a learner types, matched against each lesson's words."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

from app.catalog.lessons import LESSONS
from app.catalog.model import Lesson, Snippet
from app.predict.questions import question_words


def search_text(lesson: Lesson) -> str:
    """What search matches: title, summary, tags, keys, the API names its snippets use
    (`session_state`, `setdefault`, `on_click`, `bind`, ...) and the words of its Predict
    questions, so learners find a lesson by the words they would type."""
    return _search_text(lesson.slug)


@functools.cache
def _search_text(slug: str) -> str:
    lesson = next(lesson for lesson in LESSONS if lesson.slug == slug)
    words = (lesson.title, lesson.summary, *lesson.tags, *lesson.keys, question_words(slug))
    vocabulary = (name for snippet in lesson.snippets for name in snippet_vocabulary(snippet))
    return " ".join((*words, *vocabulary)).lower()


@functools.cache
def _vocabulary(path: Path) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.keyword) and node.arg:
            names.add(node.arg)
        elif isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Delete):
            names.update(("del", "delete"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if len(node.value) <= 40:  # labels and keys, not prose
                names.add(node.value)
    return frozenset(names)


def snippet_vocabulary(snippet: Snippet) -> frozenset[str]:
    """Attribute, keyword and variable names, short strings (labels, keys) and `del` a
    snippet uses (read once per process)."""
    return _vocabulary(snippet.path)


def search_words(query: str) -> list[str]:
    """The words of a query as search compares them: lower case, without an `st.` prefix
    (`st.session_state` finds what `session_state` finds)."""
    words = []
    for word in query.lower().split():
        word = word.removeprefix("st.").strip(".,;:()\"'`")
        if word:
            words.append(word)
    return words


def search_lessons(query: str, lessons: tuple[Lesson, ...] = LESSONS) -> list[Lesson]:
    """Lessons whose title, summary, tags, keys or snippet API names contain every word of
    `query` (case-insensitive)."""
    words = search_words(query)
    return [lesson for lesson in lessons if all(w in search_text(lesson) for w in words)]
