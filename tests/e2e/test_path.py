"""The path through the lessons in a browser: from the home page's "Start here", Next after
Next to the last lesson and back home, in one session that keeps the learner's Predict
answers in the address bar all the way."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from app.catalog import LESSONS
from app.frame.lesson import PATH_KEY
from app.predict.questions import questions_for

from .streamlit_page import StreamlitPage


def test_next_walks_every_lesson_in_catalog_order_keeping_the_answers(app: StreamlitPage):
    answer = f"{questions_for(LESSONS[0].slug)[0][0]}b"
    kept = re.compile(rf"[?&]predict={re.escape(answer)}(&|$)")
    app.open(f"?predict={answer}")
    box = app.main.locator(".st-key-_start")
    expect(box).to_contain_text("Predict answered on 1 of")
    # One answer on the first lesson: the home page sends the learner on to the second.
    app.click(box.get_by_role("link", name=f"Continue: {LESSONS[1].title}"))
    app.expect_lesson_frame(LESSONS[1])
    app.click(app.main.locator(f".st-key-{PATH_KEY}").get_by_role("link", name="Previous: "))
    for index, lesson in enumerate(LESSONS):
        app.expect_lesson_frame(lesson)
        expect(app.page).to_have_url(re.compile(rf"/{lesson.slug}\?"))
        expect(app.page).to_have_url(kept)
        after = LESSONS[index + 1].title if index + 1 < len(LESSONS) else "Home"
        path = app.main.locator(f".st-key-{PATH_KEY}")
        app.click(path.get_by_role("link", name=f"Next: {after}", exact=True))
    expect(app.main.get_by_role("heading", level=1)).to_have_text("Session State Patterns")
    expect(app.page).to_have_url(kept)
    app.assert_clean()
