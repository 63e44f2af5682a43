"""Search over the lessons: what a learner types, ranked by where in a lesson its words appear.

A word found in a lesson's title counts most, then in its summary, its keywords, the names its
code uses, and last the prose of its page and its Predict questions. Each hit carries the line
that matched, so the page can show why a lesson was found.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from app.catalog.lessons import LESSONS
from app.catalog.model import Lesson, Snippet
from app.paths import ROOT
from app.predict.questions import QUESTIONS

# Where a word was found, and what that is worth, best first.
WEIGHTS: dict[str, int] = {"title": 10, "summary": 6, "keyword": 4, "code": 2, "page": 1}

# Words that say nothing about a lesson ("lost after reload" searches "lost reload").
STOP_WORDS = frozenset(
    "a an and are after before between but by can do does doesn't for from get gets how i if is "
    "it its me my not of on or session st state streamlit the them this to use using vs what "
    "when where which why with without you your".split()
)

# Words a learner types for what the lessons say otherwise: each also finds its alternatives.
ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "login": ("log in", "logged in", "sign in", "sign_in", "signed in", "signed-in"),
    "signin": ("login", "sign in", "sign_in"),
    "lost": ("lose", "losing"),
    "lose": ("lost", "losing"),
    "refresh": ("reload",),
    "reload": ("refresh",),
    "remember": ("persist", "survive"),
    "clear": ("reset",),
    "keep": ("persist", "survive"),
}

# A snippet's string constants longer than this are prose, not labels or keys.
SHORT_STRING = 40


@dataclass(frozen=True)
class Line:
    """One searchable line of a lesson: where it is (a key of `WEIGHTS`) and its text."""

    where: str
    text: str

    @functools.cached_property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Hit:
    """A lesson that search found: its score, how many of the query's words it has, and the
    line that shows why (None when the title and summary already show it)."""

    lesson: Lesson
    score: int
    words_found: int
    line: Line | None


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
            if len(node.value) <= SHORT_STRING:  # labels and keys, not prose
                names.add(node.value)
    return frozenset(names)


def snippet_vocabulary(snippet: Snippet) -> frozenset[str]:
    """Attribute, keyword and variable names, short strings (labels, keys) and `del` a
    snippet uses (read once per process)."""
    return _vocabulary(snippet.path)


SENTENCE_END = re.compile(r"(?<=[.!?:])\s+|\n+")


def _page_sentences(page: Path) -> list[str]:
    """The sentences of a page's prose: its string constants of several words, split at
    sentence ends; markup and code (`<`, braces) is left out."""
    tree = ast.parse(page.read_text(encoding="utf-8"))
    pieces: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            pieces.append((node.lineno, node.col_offset, node.value))
    sentences: list[str] = []
    # Implicitly concatenated literals arrive as one constant; split them into sentences.
    for _, _, text in sorted(pieces):
        if len(text.split()) < 4 or "<" in text or "{" in text:
            continue
        sentences.extend(s.strip(" -") for s in SENTENCE_END.split(text) if s.strip(" -"))
    return sentences


@functools.cache
def lesson_lines(slug: str) -> tuple[Line, ...]:
    """Everything search reads of a lesson, as lines, in order of weight."""
    lesson = next(lesson for lesson in LESSONS if lesson.slug == slug)
    lines = [Line("title", lesson.title), Line("summary", lesson.summary)]
    lines += [Line("keyword", word) for word in (*lesson.tags, *lesson.keys)]
    names = sorted({name for snippet in lesson.snippets for name in snippet_vocabulary(snippet)})
    lines += [Line("code", name) for name in names]
    lines += [Line("code", snippet.file) for snippet in lesson.snippets]
    for page in (lesson.page, *lesson.extra_pages):
        path = ROOT / page
        if path.is_file():
            lines += [Line("page", sentence) for sentence in _page_sentences(path)]
    for question in QUESTIONS.get(slug, ()):
        lines += [Line("page", f"Predict: {question.prompt}")]
        lines += [Line("page", question.why)]
        lines += [Line("page", option.text) for option in question.options]
    return tuple(lines)


def search_text(lesson: Lesson) -> str:
    """All of what search reads of a lesson, in one lower-case string."""
    return " ".join(line.lower for line in lesson_lines(lesson.slug))


def search_words(query: str) -> list[str]:
    """The words of a query as search compares them: lower case, without an `st.` prefix
    (`st.session_state` finds what `session_state` finds), without words like "the" or
    "after", and without a plural `s` ("pages" finds "page")."""
    words = [word.removeprefix("st.").strip(".,;:()[]?!\"'`") for word in query.lower().split()]
    words = [word for word in words if word]
    # A query of only such words ("session state") still searches them.
    words = [word for word in words if word not in STOP_WORDS] or words
    return [_singular(word) for word in words]


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@functools.cache
def _pattern(word: str) -> re.Pattern[str]:
    # A word matches at the start of a word of the line: "callb" finds "callback", "state"
    # finds "session_state", but "test" does not find "latest". Its alternatives match too.
    forms = (word, *ALTERNATIVES.get(word, ()))
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, forms)) + ")")


def _matches(word: str, line: Line) -> bool:
    return _pattern(word).search(line.lower) is not None


def rank(query: str, lessons: tuple[Lesson, ...] = LESSONS) -> list[Hit]:
    """Lessons that have at least one word of `query`, best first: more of the words first,
    then by where they are (title over summary over keywords over code over page prose),
    then in catalog order."""
    words = search_words(query)
    if not words:
        return []
    hits: list[tuple[int, int, int, Hit]] = []
    for order, lesson in enumerate(lessons):
        lines = lesson_lines(lesson.slug)
        score = found = 0
        for word in words:
            best = max((WEIGHTS[line.where] for line in lines if _matches(word, line)), default=0)
            score += best
            found += best > 0
        if found:
            hit = Hit(lesson, score, found, _why(words, lines))
            hits.append((-found, -score, order, hit))
    return [hit for *_, hit in sorted(hits, key=lambda item: item[:3])]


def _why(words: list[str], lines: tuple[Line, ...]) -> Line | None:
    """The line that shows why a lesson matched: the one with most of the words, the weightier
    on a tie; None when that is the title or summary, which the card shows anyway."""
    best: Line | None = None
    best_key = (0, 0)
    for line in lines:
        count = sum(_matches(word, line) for word in words)
        key = (count, WEIGHTS[line.where])
        if count and key > best_key:
            best, best_key = line, key
    if best is None or best.where in ("title", "summary"):
        return None
    return best


def search_lessons(query: str, lessons: tuple[Lesson, ...] = LESSONS) -> list[Lesson]:
    """Lessons that have a word of `query`, best first (see `rank`)."""
    return [hit.lesson for hit in rank(query, lessons)]


def excerpt(line: Line, words: list[str], width: int = 160) -> str:
    """The line as a learner reads it: a keyword or a name of the code says so, a long sentence
    is cut to `width` characters around the first word found."""
    if line.where == "keyword":
        return f"Keyword: {line.text}"
    if line.where == "code":
        return f"In its code: {line.text}"
    text = line.text
    if len(text) <= width:
        return text
    starts = [m.start() for w in words if (m := _pattern(w).search(line.lower))]
    start = max(0, min(starts, default=0) - width // 3)
    cut = text[start : start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(text) else "")
