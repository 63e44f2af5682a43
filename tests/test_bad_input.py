"""Junk URL parameters on every lesson: the page runs as it does without them, shows no new error
and never renders the junk as Markdown. tests/e2e/test_bad_input.py opens the home page and one
lesson with the same URL in a real browser (no console error, nothing injected), and the filters
lesson, which reads its parameter, with junk in it."""

from __future__ import annotations

from urllib.parse import parse_qs, quote

import pytest
from conftest import HOME, TIMEOUT, lesson, texts
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS

PAYLOAD = "<img src=x onerror=alert(1)><script>alert(1)</script>"
# The same query string as tests/e2e/test_bad_input.py's JUNK_QUERY.
JUNK_QUERY = (
    "count=999&step=-1&selected_regions=Mars&project_name=" + quote(PAYLOAD)
    + "&" + quote("<script>") + "=1&__proto__=x&email=" + quote("not an email")
)  # fmt: skip
JUNK = {
    name: values if len(values) > 1 else values[0] for name, values in parse_qs(JUNK_QUERY).items()
}


def open_with_junk(slug: str) -> AppTest:
    """The lesson as a learner reaches it from a link that carries the junk: Home.py first, then
    the page, the query string sent with every run."""
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT)
    at.query_params.update(JUNK)
    at.run()
    at.switch_page(lesson(slug).page).run()
    return at


def rendered_as_markdown(at: AppTest) -> list[str]:
    """Everything in the main area that Streamlit renders as Markdown."""
    kinds = ("markdown", "caption", "title", "header", "subheader")
    kinds += ("error", "warning", "info", "success", "toast")
    return [str(element.value) for kind in kinds for element in getattr(at.main, kind)]


def error_boxes(at: AppTest) -> list[str]:
    return [str(e.value) for e in at.main.error]


def broken_snippets_boxes(slug: str) -> list[str]:
    """The start of each error box a first visit shows without any junk: one per deliberately
    broken snippet, in the frame's words."""
    return [
        f"**{snippet.raises.rpartition('.')[2]}** raised by `{snippet.file}`"
        for snippet in lesson(slug).snippets
        if snippet.is_broken
    ]


@pytest.mark.parametrize("opened", LESSONS, ids=lambda opened: opened.slug)
def test_junk_query_parameters_change_nothing_on_any_lesson(opened):
    junk = open_with_junk(opened.slug)
    assert not junk.exception, [e.value for e in junk.exception]
    # No new error box: only the lesson's deliberately broken snippets', one each, in order.
    boxes = error_boxes(junk)
    expected = broken_snippets_boxes(opened.slug)
    assert len(boxes) == len(expected), (opened.slug, boxes)
    for box, start in zip(boxes, expected, strict=True):
        assert box.startswith(start), (opened.slug, box)
    for text in rendered_as_markdown(junk):
        assert "onerror" not in text and "<script>" not in text, (opened.slug, text)


def test_plain_session_state_does_not_come_from_the_url():
    at = open_with_junk("quick-start")
    assert at.session_state["count"] == 0
    assert "Count: `0`" in texts(at)
