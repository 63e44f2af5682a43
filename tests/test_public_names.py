"""What a learner's bookmarks, downloads and answers depend on stays as it was.

`public_names.json` was written from the app before its packages were rearranged: every URL path
the navigation serves, every file name a download button offers, every `?predict=` question id
and every session-state key a lesson owns. A rename that breaks one of them fails here.
"""

import json
from pathlib import Path

from app.catalog import LESSONS, companion_url_path
from app.predict.questions import questions_for

PINNED = json.loads((Path(__file__).with_name("public_names.json")).read_text(encoding="utf-8"))


def test_every_url_path_still_served():
    paths = []
    for lesson in LESSONS:
        paths.append(lesson.url_path)
        paths.extend(companion_url_path(page) for page in lesson.extra_pages)
    assert paths == PINNED["url_paths"]


def test_every_download_keeps_its_file_name():
    names = set()
    for lesson in LESSONS:
        for snippet in lesson.snippets:
            names.add(snippet.path.name)
            if snippet.test_path.is_file():
                names.add(snippet.test_path.name)
    assert sorted(names) == PINNED["download_names"]


def test_every_predict_id_in_a_saved_url_still_names_its_question():
    ids = [question_id for lesson in LESSONS for question_id, _ in questions_for(lesson.slug)]
    assert ids == PINNED["predict_ids"]


def test_every_lesson_keeps_its_state_keys():
    assert {lesson.slug: sorted(lesson.keys) for lesson in LESSONS} == PINNED["lesson_keys"]
