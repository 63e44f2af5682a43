"""Predict, then run, in a real browser: what only a browser shows.

- The questions whose steps include a reload: AppTest models a reload as a new session with the
  URL's query string; here the same steps are taken in Chromium on the lesson page, and the
  marked answer is what the page shows.
- The learner's answers: marked on the navigation entry and the home card, kept across a reload
  through the URL, as the block says.
- The "More in ..." links: in-page links to the heading's id, which the frontend makes.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from playwright.sync_api import Locator, expect

from app.predict.model import Click, PageLine, Question, Reload, SetValue, State
from app.predict.questions import all_questions, questions_for
from app.predict.ui import heading_anchor

from .streamlit_page import StreamlitPage, catalog_lesson

# Reload questions the browser drives here (login.1's reload stands for the login redirect,
# which tests/e2e/test_login.py follows for real against the provider). working-data.1 opens a
# new tab after editing a st.data_editor grid (canvas cells, no labels to drive): its new
# session is the same kind of new session, and it is about st.cache_data's copies, which
# AppTest shows in one process.
BROWSER_DRIVEN = ("quick-start.2", "reload.1", "login.1", "login.2")
NOT_BROWSER_DRIVEN = ("working-data.1",)


def reload_questions() -> list[str]:
    return [qid for qid, _, q in all_questions() if any(isinstance(s, Reload) for s in q.steps)]


def test_every_reload_question_is_driven_in_the_browser_or_says_why_not():
    assert sorted(reload_questions()) == sorted((*BROWSER_DRIVEN, *NOT_BROWSER_DRIVEN))


def drive_in_browser(app: StreamlitPage, slug: str, question: Question) -> Locator:
    """Take the question's steps on its lesson page, in the snippet's demo box."""
    query = urlencode(dict(question.url), doseq=True)
    app.open_lesson(catalog_lesson(slug), f"?{query}" if query else "")
    box = app.main.locator(f".st-key-_demo_{Path(question.snippet).stem}")
    for step in question.steps:
        if isinstance(step, Click):
            for _ in range(step.times):
                app.click(box.get_by_role("button", name=step.label, exact=True))
        elif isinstance(step, SetValue) and isinstance(step.value, str):
            app.enter_text(box.get_by_label(step.label, exact=True), step.value)
        elif isinstance(step, Reload) and not step.new_tab:
            app.reload()
        else:
            raise AssertionError(f"no browser step for {step!r}")
    return box


@pytest.mark.parametrize("question_id", BROWSER_DRIVEN)
def test_the_marked_answer_of_a_reload_question_is_what_the_browser_shows(app, question_id):
    slug = question_id.rpartition(".")[0]
    question = dict(questions_for(slug))[question_id]
    box = drive_in_browser(app, slug, question)
    right = question.options[question.answer].value
    expected = right if len(question.observe) > 1 else (right,)
    for probe, value in zip(question.observe, expected, strict=True):
        if isinstance(probe, PageLine):
            expect(box.get_by_text(value, exact=True)).to_be_visible()
        elif isinstance(probe, State):
            app.expect_inspector(probe.key, repr(value))
        else:
            raise AssertionError(f"no browser reading for {probe!r}")
    app.assert_clean()


def block(app: StreamlitPage) -> Locator:
    return app.main.get_by_test_id("stExpander").filter(has_text="Predict, then run")


def open_block(app: StreamlitPage) -> None:
    summary = block(app).locator("summary")
    summary.scroll_into_view_if_needed()
    app.click(summary)  # on_change="rerun": opening it reruns the page, which draws it


def question_box(app: StreamlitPage, question_id: str) -> Locator:
    return app.main.locator(f".st-key-_predict_q_{question_id.replace('.', '_')}")


def answer(app: StreamlitPage, question_id: str, option: str) -> Locator:
    box = question_box(app, question_id)
    box.scroll_into_view_if_needed()
    app.click(box.get_by_text(option, exact=True))
    app.click(box.get_by_role("button", name="Check"))
    return box


def menu_entry(app: StreamlitPage, section: str, title: str) -> str:
    """The text of a lesson's entry in the top navigation."""
    app.page.get_by_test_id("stTopNavSection").filter(has_text=section).click()
    entry = app.page.get_by_test_id("stTopNavDropdownLink").filter(has_text=title)
    text = entry.inner_text()
    app.page.keyboard.press("Escape")
    return text


def test_answers_are_marked_in_the_menu_and_on_the_card_and_survive_a_reload(app):
    lesson = catalog_lesson("quick-start")
    app.open_lesson(lesson)
    open_block(app)
    first = answer(app, "quick-start.1", "B. 1")
    expect(first.get_by_text("Right. Now run it and watch it happen.")).to_be_visible()
    second = answer(app, "quick-start.2", "A. Count: 3")
    expect(second.get_by_text("Not quite. Run it to see what really happens.")).to_be_visible()
    expect(app.page).to_have_url(re.compile(r"\?predict=quick-start\.1b(,|%2C)quick-start\.2a$"))
    assert menu_entry(app, "Basics", lesson.title).endswith(f"{lesson.title} · 1/2")

    # Run it: the server's worker drives the snippet; the page shows each step's outcome.
    app.click(first.get_by_role("button", name="Run it"))
    timeline = first.get_by_test_id("stCode")
    expect(timeline).to_contain_text("3. click “Increment (no session state)” (3 of 3)")
    expect(timeline).to_contain_text("→ Count without session state: 1")
    # "More in ..." is an in-page link: it scrolls to the heading, in the same session.
    heading = "The same counter without session state"
    first.get_by_role("link", name=heading).click()
    expect(app.page).to_have_url(re.compile(f"#{heading_anchor(heading)}$"))
    expect(app.main.get_by_role("heading", name=heading)).to_be_in_viewport()

    # A reload is a new session: the answers come back from the URL, as the block says. The
    # heading's `#anchor` is dropped first: with it, the frontend scrolls back to the heading
    # as the reloaded page draws, and once in a full-suite run that moved "Try again" away
    # from under the click below (no rerun came). The query string, what is tested, stays.
    app.page.evaluate("history.replaceState(null, '', location.pathname + location.search)")
    expect(app.page).to_have_url(re.compile(r"\?predict=quick-start\.1b(,|%2C)quick-start\.2a$"))
    app.reload()
    assert menu_entry(app, "Basics", lesson.title).endswith(f"{lesson.title} · 1/2")
    open_block(app)
    second = question_box(app, "quick-start.2")
    expect(second.get_by_text("your answer.", exact=False)).to_be_visible()
    # The reloaded page is still drawing its lazy parts: press once "Try again" is still, or the
    # release lands on what moved under it and no rerun comes (docs/FLAKES.md).
    try_again = second.get_by_role("button", name="Try again")
    app.ready_to_press(try_again)
    app.click(try_again)
    answer(app, "quick-start.2", "C. Count: 0")
    assert menu_entry(app, "Basics", lesson.title).endswith(f"{lesson.title} ✓")

    # Home, through the menu: the card shows it too, and the URL still carries the answers.
    app.click(app.page.get_by_test_id("stTopNavLink").filter(has_text="Home"))
    card = app.main.locator(".st-key-_card_quick-start")
    expect(card.get_by_text("Predict: all right")).to_be_visible()
    expect(app.page).to_have_url(re.compile(r"predict=quick-start\.1b(,|%2C)quick-start\.2c"))
    app.assert_clean()


@pytest.mark.parametrize("slug", ["errors", "too-much-data", "callbacks", "cache-vs-state"])
def test_each_question_links_to_an_id_the_page_really_has(app, slug):
    app.open_lesson(catalog_lesson(slug))
    for question_id, question in questions_for(slug):
        anchor = heading_anchor(question.see)
        found = app.page.evaluate("(id) => document.getElementById(id) !== null", anchor)
        assert found, f"{question_id}: no element with id {anchor!r} on /{slug}"
