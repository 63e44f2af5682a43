"""Predict, then run: every question's answer key against a real run, and the block on the page.

The answer key is proven here, not trusted: each question's steps are driven on its snippet with
AppTest (app/predict/driver.py) and the marked option must be what Streamlit really does, no
wrong option may be. Reloads are also driven in a real browser (tests/e2e/test_predict.py).
"""

from __future__ import annotations

import json
import os

import pytest
import streamlit as st
from conftest import ROOT, headings, lesson, open_lesson, texts
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS
from app.catalog.search import search_lessons, snippet_vocabulary
from app.predict.driver import DriverError, drive
from app.predict.model import (
    Click,
    PageLine,
    Question,
    Reload,
    Right,
    SetValue,
    State,
    SwitchPage,
    Wrong,
)
from app.predict.questions import (
    QUESTIONS,
    SECTIONS,
    all_questions,
    gather,
    question_by_id,
    questions_for,
)
from app.predict.ui import (
    LETTERS,
    PROGRESS_KEY,
    choice_key,
    fingerprint,
    format_progress,
    heading_anchor,
    nav_titles,
    option_labels,
    parse_progress,
)
from app.predict.worker import answer

ALL = list(all_questions())


# The answer key --------------------------------------------------------------------------------


@pytest.mark.parametrize(("question_id", "slug", "question"), ALL, ids=[q[0] for q in ALL])
def test_the_marked_answer_is_what_streamlit_does_and_no_wrong_option_is(
    question_id, slug, question
):
    run = drive(question)
    right = question.options[question.answer]
    assert run.matches == (question.answer,), (
        f"{question_id}: the run read {run.value!r}; the marked answer says {right.value!r}"
    )
    for option in question.options:
        if isinstance(option, Wrong):
            assert option.value != run.value or type(option.value) is not type(run.value)
    # The timeline has the opening run and one line per script run the steps caused.
    assert run.moments[0].step.startswith("open the page")
    assert len(run.moments) >= 1 + len(question.steps)


# The data -----------------------------------------------------------------------------------


def test_every_lesson_has_one_to_three_questions_about_its_own_snippets():
    assert set(QUESTIONS) == {lesson.slug for lesson in LESSONS}
    for slug, questions in QUESTIONS.items():
        assert 1 <= len(questions) <= 3, slug
        for question in questions:
            lesson(slug).snippet(question.snippet)  # raises for another lesson's snippet
            if question.app_page:
                assert question.app_page == lesson(slug).page


def test_wrong_options_say_why_they_tempt_and_options_differ():
    for question_id, _, question in ALL:
        texts_ = [option.text for option in question.options]
        assert len(set(texts_)) == len(texts_), question_id
        for option in question.options:
            if isinstance(option, Wrong):
                assert option.why.startswith(("Tempting", "That is", "True with")), question_id
                assert len(option.why) <= 160, f"{question_id}: one line, please"
        assert question.why.count(". ") + question.why.count(".\n") <= 2, question_id


def test_a_question_needs_exactly_one_right_option_and_a_value_per_probe():
    with pytest.raises(ValueError, match="one Right"):
        Question("x.1", "counter.py", "?", (), (State("count"),), (Wrong("a", 1, "b"),), "w", "s")
    with pytest.raises(ValueError, match="one value per probe"):
        Question(
            "x.1",
            "counter.py",
            "?",
            (),
            (State("count"), PageLine("Count:")),
            (Right("a", 1), Wrong("b", (2, "x"), "c")),
            "w",
            "s",
        )


# Ids: learners' URLs carry them, so each is stated once, explicitly, and never reused ----------


def test_every_id_is_unique_names_its_own_lesson_and_survives_the_url():
    ids = [question_id for question_id, _, _ in ALL]
    assert len(set(ids)) == len(ids), sorted(i for i in ids if ids.count(i) > 1)
    for question_id, slug, question in ALL:
        assert question_id == question.id
        assert question_id.rpartition(".")[0] == slug, f"{question_id} is not in {slug}"
        assert question_by_id(question_id) is question
        last = LETTERS[len(question.options) - 1].lower()
        assert parse_progress([f"{question_id}{last}"]) == {question_id: len(question.options) - 1}


def sample(question_id: str) -> Question:
    return Question(
        question_id, "counter.py", "?", (), (State("count"),),
        (Right("a", 0), Wrong("b", 1, "c")), "w", "s",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sections", "error"),
    [
        (({"counter": (sample("counter.1"), sample("counter.1"))},), "names two questions"),
        (({"counter": (sample("counter.1"),)}, {"timer": (sample("counter.1"),)}), "not 'timer"),
        (({"counter": (sample("count.1"),)},), "not 'counter.<n>'"),
        (({"counter": (sample("counter.one"),)},), "not 'counter.<n>'"),
        (({"counter": (sample("counter.1"),)}, {"counter": (sample("counter.2"),)}), "two sec"),
    ],
)
def test_gathering_refuses_a_repeated_id_or_one_outside_its_lesson(sections, error):
    assert gather(({"counter": (sample("counter.1"), sample("counter.2"))},))  # the good case
    with pytest.raises(ValueError, match=error):
        gather(sections)


def test_each_section_module_holds_the_questions_of_its_catalog_sections_lessons():
    sections = list(dict.fromkeys(lesson.section for lesson in LESSONS))
    assert [module.SECTION for module in SECTIONS] == sections
    for module in SECTIONS:
        in_catalog = [lesson.slug for lesson in LESSONS if lesson.section == module.SECTION]
        assert list(module.QUESTIONS) == in_catalog, module.__name__


def test_a_changed_section_module_gives_its_questions_a_new_fingerprint():
    question = QUESTIONS["toggle"][0]
    module = next(module for module in SECTIONS if "toggle" in module.QUESTIONS)
    before = fingerprint(question)
    stat = os.stat(module.__file__)
    os.utime(module.__file__, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    try:
        assert fingerprint(question) != before
    finally:
        os.utime(module.__file__, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert fingerprint(question) == before


@pytest.mark.parametrize("slug", [lesson.slug for lesson in LESSONS])
def test_the_part_each_question_links_to_is_a_heading_of_its_lesson(slug):
    at = open_lesson(slug)
    shown = set(headings(at.main))
    for question_id, question in questions_for(slug):
        assert question.see in shown, f"{question_id}: no heading {question.see!r}"
        if question.tab:
            assert question.tab in [tab.label for tab in at.main.tabs], question_id


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [  # ids read from the pages in Chromium
        ("Quick start: a counter", "quick-start-a-counter"),
        (
            "Share big data with `st.cache_data` instead",
            "share-big-data-with-st-cache-data-instead",
        ),
        (
            'Fix 1: `persist_state="session"` (Streamlit 1.59+)',
            "fix-1-persist-state-session-streamlit-1-59",
        ),
        ('`st.session_state["key"]` raises `KeyError`', "st-session-state-key-raises-key-error"),
        (
            "2. Modifying a widget's key after the widget is created",
            "2-modifying-a-widgets-key-after-the-widget-is-created",
        ),
    ],
)
def test_heading_anchors_follow_the_ids_the_frontend_gives_headings(heading, anchor):
    assert heading_anchor(heading) == anchor


# The driver refuses what AppTest cannot show ---------------------------------------------------


def question(snippet: str, steps: tuple, **extra) -> Question:
    return Question(
        "x.1", snippet, "?", steps, (State("count"),), (Right("a", 0), Wrong("b", 1, "c")),
        "w", "s", **extra,
    )  # fmt: skip


def test_a_reload_after_a_bound_widget_changed_needs_the_browser():
    # The browser writes a bound widget's new value into the URL; AppTest's URL does not move.
    steps = (SetValue("Fruit (kept in the URL)", "cherry"), Reload())
    with pytest.raises(DriverError, match="bound to the URL"):
        drive(question("reload_new_session.py", steps))


def test_page_switches_only_through_the_app_and_reloads_only_of_a_snippet():
    with pytest.raises(DriverError, match="through the app"):
        drive(question("counter.py", (SwitchPage("lessons/reload.py", "go"),)))
    with pytest.raises(DriverError, match="needs the browser"):
        drive(question("multipage_lost.py", (Reload(),), app_page="lessons/multipage.py"))


def test_a_step_must_name_exactly_one_enabled_widget():
    with pytest.raises(DriverError, match="0 widgets"):
        drive(question("counter.py", (Click("Decrement"),)))
    with pytest.raises(DriverError, match="2 widgets"):
        drive(question("widget_identity_panel.py", (SetValue("Colour", "Blue"),)))  # keyed + not
    with pytest.raises(DriverError, match="disabled"):
        drive(question("too_much_data_grow.py", (Click("Delete the table"),)))


def test_typing_into_a_form_runs_nothing_until_the_submit_button():
    run = drive(QUESTIONS["forms"][0])
    typed = run.moments[1]
    assert "nothing runs until submit" in typed.step
    assert typed.seen == run.moments[0].seen  # no run: both keys still empty


def test_a_rating_reads_as_words_in_the_timeline():
    run = drive(question_by_id("chat.1"))
    assert run.moments[-1].seen == ("the answer's rating shows thumbs up",)


@pytest.mark.parametrize(
    ("slug", "giveaways"),
    [
        # The intro once told what Add one and Reset do: check-your-code.1 and .2 asked it.
        ("check-your-code", ("stays at 1", "nothing is reset")),
        # threads.1 asks what Cancel leaves in thr_result: the page does not say.
        ("threads", ("thr_result` stays", "no `thr_result`", "keeps no result")),
    ],
)
def test_the_page_above_the_questions_does_not_answer_them(slug, giveaways):
    page = " ".join(texts(open_lesson(slug)).split())
    assert not [text for text in giveaways if text in page]


def test_the_worker_answers_by_question_id_and_refuses_unknown_ones():
    assert answer('{"id": "nope.1"}') == {"ok": False, "error": "no question 'nope.1'"}
    assert answer("not json")["ok"] is False
    reply = answer('{"id": "check-your-code.1"}')
    assert reply["ok"] and reply["run"]["matches"] == [QUESTIONS["check-your-code"][0].answer]


@pytest.mark.parametrize("configured", ["DURABLE_STATE_DIR", "secrets.toml"])
def test_the_worker_answers_durable_state_on_a_throwaway_store_never_the_apps(
    configured, tmp_path, monkeypatch
):
    apps_store = tmp_path / "apps-store"
    if configured == "DURABLE_STATE_DIR":
        monkeypatch.setenv("DURABLE_STATE_DIR", str(apps_store))
    else:  # what st.secrets holds after reading a secrets.toml with a database URL
        url = f"sqlite:///{apps_store / 'state.db'}"
        apps_store.mkdir()
        monkeypatch.setattr(st.secrets, "_secrets", {"connections": {"durable": {"url": url}}})
    for question in QUESTIONS["durable-state"]:
        assert answer(json.dumps({"id": question.id}))["ok"]
    assert not (apps_store / "state.db").exists()


# Progress -----------------------------------------------------------------------------------


def test_progress_round_trips_through_the_url_and_ignores_junk():
    answers = {"quick-start.1": 1, "callbacks.2": 0}
    text = format_progress(answers)
    assert text == "quick-start.1b,callbacks.2a"
    assert parse_progress([text]) == answers
    junk = ["quick-start.9a,nope.1a,quick-start.1z,**x**,callbacks.2a,<b>", "quick-start.1b"]
    assert parse_progress(junk) == {"callbacks.2": 0, "quick-start.1": 1}
    assert parse_progress(["quick-start.1e"]) == {}  # that question has three options


def nav_titles_registered(query: dict[str, str]) -> dict[str, str]:
    """URL path -> title of the pages the app gave st.navigation in a session opened with
    this query string (AppTest keeps the registry it got from the run, in `_registered_pages`)."""
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.query_params.update(query)
    at.run()
    return {page["url_pathname"]: page["page_name"] for page in at._registered_pages.values()}


def test_the_navigation_marks_lessons_per_session_and_the_shared_pages_stay_plain():
    marked = nav_titles_registered({"predict": "quick-start.1b,quick-start.2c,callbacks.1a"})
    assert marked["quick-start"] == "Quick start: a counter ✓"
    assert marked["callbacks"] == "Callbacks: on_click and on_change · 0/2"
    assert marked["initialize"] == lesson("initialize").title
    plain = nav_titles_registered({})  # another session, same process: the cached pages
    assert plain["quick-start"] == lesson("quick-start").title
    assert plain["callbacks"] == lesson("callbacks").title


# The block on the page -----------------------------------------------------------------------


def open_block(slug: str, query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    at.query_params.update(query or {})
    at.run()
    at.switch_page(lesson(slug).page).run()
    assert not at.main.radio or all(not r.key.startswith("_predict") for r in at.main.radio)
    at.session_state[f"_predict_open_{slug}"] = True  # what a click on the expander sends
    at.run()
    assert not at.exception
    return at


def pick(at: AppTest, question_id: str, letter: str) -> AppTest:
    question = question_by_id(question_id)
    label = option_labels(question)[LETTERS.index(letter)]
    at.radio(key=choice_key(question_id)).set_value(label).run()
    return at.button(key=f"_predict_check_{question_id}").click().run()


def test_the_block_is_closed_and_draws_nothing_until_opened():
    at = open_lesson("quick-start")
    (block,) = [e for e in at.main.expander if e.label == "Predict, then run"]
    assert not block.children
    assert not any(r.key.startswith("_predict") for r in at.radio)


def test_a_wrong_pick_is_told_then_run_shows_the_real_steps_and_why():
    at = open_block("quick-start")
    assert at.button(key="_predict_check_quick-start.1").disabled  # nothing picked yet
    pick(at, "quick-start.1", "A")
    assert [e.value for e in at.main.error] == ["Not quite. Run it to see what really happens."]
    assert at.session_state[PROGRESS_KEY] == {"quick-start.1": 0}
    assert at.query_params["predict"] == "quick-start.1a"
    at.button(key="_predict_run_quick-start.1").click().run()  # through the worker process
    assert not at.exception
    timeline = at.main.code[-1].value
    run = drive(QUESTIONS["quick-start"][0])
    for moment in run.moments:
        assert moment.step in timeline and moment.seen[0] in timeline
    shown = texts(at)
    assert "Why B:" in shown and "the plain variable starts at 0" in shown
    assert "(#the-same-counter-without-session-state)" in shown
    assert "your answer. Tempting: each click adds one." in shown


def test_a_right_pick_is_told_and_try_again_clears_it():
    at = open_block("callbacks")
    pick(at, "callbacks.1", "C")
    assert [s.value for s in at.main.success] == ["Right. Now run it and watch it happen."]
    answers = at.session_state[PROGRESS_KEY]
    assert nav_titles(answers) == {"callbacks": "Callbacks: on_click and on_change · 1/2"}
    at.button(key="_predict_again_callbacks.1").click().run()
    assert at.session_state[PROGRESS_KEY] == {}
    assert at.radio(key=choice_key("callbacks.1")).value is None
    assert "predict" not in at.query_params


def test_all_right_marks_the_home_card_and_the_answers_come_back_from_the_url():
    at = open_block("quick-start")
    pick(at, "quick-start.1", "B")
    pick(at, "quick-start.2", "C")
    assert at.query_params["predict"] == "quick-start.1b,quick-start.2c"
    # A reload: a new session with the same URL.
    again = AppTest.from_file(str(ROOT / "Home.py"), default_timeout=60)
    again.query_params.update(at.query_params)
    again.run()
    badges = [m.value for m in again.main.markdown if "badge[" in m.value]
    assert badges == [":green-badge[:material/check_circle: Predict: all right]"]
    assert again.session_state[PROGRESS_KEY] == {"quick-start.1": 1, "quick-start.2": 2}
    assert nav_titles(again.session_state[PROGRESS_KEY]) == {
        "quick-start": "Quick start: a counter ✓"
    }


def test_reset_this_lesson_keeps_the_answers_and_the_inspector_never_lists_them():
    at = open_block("quick-start")
    pick(at, "quick-start.1", "B")
    inspector = at.sidebar.code[0].value if at.sidebar.code else ""
    assert "_predict" not in inspector
    at.sidebar.button(key="_reset_lesson").click().run()
    assert at.session_state[PROGRESS_KEY] == {"quick-start.1": 1}


def test_a_link_with_junk_progress_is_ignored_and_never_shown():
    at = open_block("quick-start", {"predict": "**bold**,quick-start.1b,[x](http://e.x)"})
    assert at.session_state[PROGRESS_KEY] == {"quick-start.1": 1}
    assert "bold" not in texts(at) and "e.x" not in texts(at)
    assert at.query_params["predict"] == "quick-start.1b"  # the URL is written back clean


def test_companion_pages_have_no_block():
    at = open_lesson("multipage")
    at.switch_page("lessons/multipage_other.py").run()
    assert not [e for e in at.main.expander if e.label == "Predict, then run"]


# Search ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "slug"),
    [
        ("Mars", "filters"),
        ("square brackets", "initialize"),
        ("merges", "durable-state"),
        ("rating", "chat"),
        ("parentheses", "check-your-code"),
    ],
)
def test_search_finds_a_lesson_by_its_questions_words(words, slug):
    found = lesson(slug)
    assert found in search_lessons(words)
    # Only its questions say it: the rest of what search reads does not.
    rest = (found.title, found.summary, *found.tags, *found.keys)
    vocabulary = (name for snippet in found.snippets for name in snippet_vocabulary(snippet))
    assert words.lower() not in " ".join((*rest, *vocabulary)).lower()
