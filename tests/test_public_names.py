"""What a learner's bookmarks, downloads and answers depend on stays as it was.

`public_names.json` was written from the app before its packages were rearranged: every URL path
the navigation served, every file name a download button offered, every `?predict=` question id
and every session-state key a lesson owned. Each must still exist; new lessons add names of
their own without touching the file. A rename that breaks an old one fails here.
"""

import json
from pathlib import Path

from app.catalog import LESSONS, companion_url_path
from app.predict.questions import questions_for

PINNED = json.loads((Path(__file__).with_name("public_names.json")).read_text(encoding="utf-8"))


def _missing(pinned: list[str], now: list[str]) -> list[str]:
    return [name for name in pinned if name not in set(now)]


def test_every_url_path_still_served():
    paths = []
    for lesson in LESSONS:
        paths.append(lesson.url_path)
        paths.extend(companion_url_path(page) for page in lesson.extra_pages)
    assert _missing(PINNED["url_paths"], paths) == []


def test_every_download_keeps_its_file_name():
    names = []
    for lesson in LESSONS:
        for snippet in lesson.snippets:
            names.append(snippet.path.name)
            if snippet.test_path.is_file():
                names.append(snippet.test_path.name)
    assert _missing(PINNED["download_names"], names) == []


def test_every_predict_id_in_a_saved_url_still_names_its_question():
    ids = [question_id for lesson in LESSONS for question_id, _ in questions_for(lesson.slug)]
    assert _missing(PINNED["predict_ids"], ids) == []


def test_every_lesson_keeps_its_state_keys():
    keys = {lesson.slug: list(lesson.keys) for lesson in LESSONS}
    missing = {
        slug: _missing(old, keys.get(slug, []))
        for slug, old in PINNED["lesson_keys"].items()
        if _missing(old, keys.get(slug, []))
    }
    assert missing == {}


def test_a_removed_name_is_found():
    assert _missing(["quick-start", "gone"], ["quick-start"]) == ["gone"]
