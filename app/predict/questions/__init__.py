"""Every lesson's Predict questions, gathered from one module per catalog section.

An id is what learners' URLs carry (`?predict=quick-start.1b`), so it never changes once
published: a new question takes its lesson's next unused number, and a removed one's is not reused.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import ModuleType

from app.predict.model import Question
from app.predict.questions import (
    basics,
    modern_apps,
    patterns,
    pitfalls,
    reference,
    state_vs_cache,
    your_app,
)

SECTIONS: tuple[ModuleType, ...] = (
    basics,
    patterns,
    state_vs_cache,
    pitfalls,
    modern_apps,
    your_app,
    reference,
)
ID_FORM = r"[a-z0-9-]+\.[1-9][0-9]*"  # `<lesson slug>.<n>`: what the URL's progress can carry


def gather(
    sections: tuple[Mapping[str, tuple[Question, ...]], ...],
) -> dict[str, tuple[Question, ...]]:
    """The sections' questions in one dict by lesson slug; a repeated id, or one that is not
    `<its lesson's slug>.<n>`, raises ValueError, since it would mix up learners' answers."""
    gathered: dict[str, tuple[Question, ...]] = {}
    seen: set[str] = set()
    for section in sections:
        for slug, questions in section.items():
            if slug in gathered:
                raise ValueError(f"lesson {slug!r} has questions in two sections")
            for question in questions:
                in_lesson = question.id.rpartition(".")[0] == slug
                if not in_lesson or not re.fullmatch(ID_FORM, question.id):
                    raise ValueError(f"{question.id!r} is not '{slug}.<n>'")
                if question.id in seen:
                    raise ValueError(f"{question.id!r} names two questions")
                seen.add(question.id)
            gathered[slug] = questions
    return gathered


QUESTIONS: dict[str, tuple[Question, ...]] = gather(
    tuple(section.QUESTIONS for section in SECTIONS)
)
_BY_ID: dict[str, Question] = {
    question.id: question for questions in QUESTIONS.values() for question in questions
}


def all_questions() -> Iterator[tuple[str, str, Question]]:
    """(question id, lesson slug, question) for every question, lesson by lesson."""
    for slug, questions in QUESTIONS.items():
        for question in questions:
            yield question.id, slug, question


def questions_for(slug: str) -> tuple[tuple[str, Question], ...]:
    """The lesson's questions with their ids (empty for a lesson without questions)."""
    return tuple((question.id, question) for question in QUESTIONS.get(slug, ()))


def question_by_id(question_id: str) -> Question | None:
    """The question with this id, or None for an id no question has."""
    return _BY_ID.get(question_id)


def question_words(slug: str) -> str:
    """Everything a lesson's questions say, for search."""
    return " ".join(question.words() for question in QUESTIONS.get(slug, ()))
