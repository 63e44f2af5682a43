"""The path through the lessons: "Previous" and "Next" under every lesson, in catalog order,
and the home page's "where to start" with the learner's progress."""

from __future__ import annotations

import pytest
from conftest import HOME, TIMEOUT, headings, open_lesson
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS
from app.frame.lesson import PATH_KEY
from app.predict.questions import questions_for
from app.predict.ui import PROGRESS_KEY, URL_PARAM

PAGE_BY_URL = {lesson.url_path: lesson.page for lesson in LESSONS}


def path_links(at: AppTest) -> list[tuple[str, str]]:
    """(label, URL path) of the links in the box under the lesson."""
    box = at.main.get_by_key(PATH_KEY)
    return [(node.label, node.proto.page) for node in box if node.type == "page_link"]


@pytest.mark.parametrize("index", range(len(LESSONS)), ids=[x.slug for x in LESSONS])
def test_every_lesson_ends_with_previous_and_next_in_catalog_order(index):
    at = open_lesson(LESSONS[index].slug)
    before = LESSONS[index - 1] if index else None
    after = LESSONS[index + 1] if index + 1 < len(LESSONS) else None
    assert path_links(at) == [
        (f"Previous: {before.title if before else 'Home'}", before.slug if before else ""),
        (f"Next: {after.title if after else 'Home'}", after.slug if after else ""),
    ]
    # The links are the last thing of the page, after the Predict block.
    last = list(at.main.children.values())[-1]
    assert last.key == PATH_KEY


def test_companion_pages_have_no_path_links():
    at = open_lesson("multipage")
    at.switch_page("lessons/multipage_other.py").run()
    assert not at.exception
    with pytest.raises(KeyError):
        at.main.get_by_key(PATH_KEY)


def test_next_keeps_the_session_and_the_predict_answers_come_back_into_the_url():
    """A page switch in the browser drops the query string; the session still holds the
    answers, and the new page writes them into its URL again."""
    first_question = questions_for(LESSONS[0].slug)[0][0]
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT)
    at.query_params[URL_PARAM] = f"{first_question}b"
    at.run()
    at.switch_page(LESSONS[0].page).run()
    for _ in range(3):
        label, url_path = path_links(at)[1]
        assert label.startswith("Next: ")
        at.query_params.clear()  # what the browser's page switch does to the query string
        at.switch_page(PAGE_BY_URL[url_path]).run()
        assert not at.exception
        assert at.query_params[URL_PARAM] == f"{first_question}b"
    assert headings(at.main, level=1)[0] == LESSONS[3].title
    assert at.session_state[PROGRESS_KEY] == {first_question: 1}


def start_box(at: AppTest) -> tuple[str, list[tuple[str, str]]]:
    """The home page's "where to start" box: its text and its page links."""
    box = at.main.get_by_key("_start")
    text = "\n".join(node.value for node in box if node.type == "markdown")
    links = [(node.label, node.proto.page) for node in box if node.type == "page_link"]
    return text, links


def test_home_says_where_to_start():
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    text, links = start_box(at)
    assert "Start with the first lesson" in text and "**Next**" in text
    assert links == [
        (f"Start here: {LESSONS[0].title}", LESSONS[0].slug),
        ("In a hurry? Session state reference: every API on one page", "reference"),
    ]


def test_home_shows_the_progress_kept_in_the_url_and_where_to_go_on():
    answered = [LESSONS[0].slug, LESSONS[2].slug]
    entries = [f"{qid}a" for slug in answered for qid, _ in questions_for(slug)]
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT)
    at.query_params[URL_PARAM] = ",".join(entries)
    at.run()
    text, links = start_box(at)
    assert f"Predict answered on 2 of {len(LESSONS)} lessons" in text
    assert [p.value for p in at.main.get("progress")] == [int(100 * 2 / len(LESSONS))]
    # The first lesson with no answer yet is where to go on.
    assert links[0] == (f"Continue: {LESSONS[1].title}", LESSONS[1].slug)
