""" "Reset this lesson" means first visit: after a learner has used a lesson and pressed reset,
the page renders exactly what a first visit renders, element by element."""

from __future__ import annotations

import ast

import pytest
from conftest import lesson, open_lesson, reset_lesson
from e2e.test_reset import BROWSER_LESSONS
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS, Lesson
from app.frame.inspector import preview
from app.paths import ROOT
from state_lint.script import WIDGETS

# Elements that show what every session shares (one server-wide object, by design of the
# lesson): resetting one learner's lesson does not, and must not, reset other learners' values.
SHARED_BY_EVERYONE = {"Everyone's clicks (cache_resource)", "Everyone's clicks"}
# The survival lesson stores one value in every place a value can live; the URL, the caches and
# the database are meant to outlive a reset of session state (that is what it shows). Its
# readout lines and widget for those places are left out; the session-state ones must reset.
OUTSIDE_SESSION_STATE = (
    'bind="query-params"',
    "cache_data",
    'scope="session"',
    "cache_resource",
    "durable store",
)


def without_outside_stores(text: str) -> str:
    return "\n".join(
        line for line in text.splitlines() if not line.startswith(OUTSIDE_SESSION_STATE)
    )


def rendered(at) -> list[tuple[str, str, str]]:
    """Every element of the main area in order: its type, label and what a learner reads."""
    shown = []
    for node in at.main:
        if not hasattr(node, "proto") or node.type in ("flex_container", "container"):
            continue
        label = str(getattr(node, "label", ""))
        if label in SHARED_BY_EVERYONE or label in OUTSIDE_SESSION_STATE:
            continue
        text = next(
            (
                str(getattr(node, attr))
                for attr in ("value", "body")
                if hasattr(node, attr) and not callable(getattr(node, attr))
            ),
            "",
        )
        if node.type == "code":
            text = without_outside_stores(text)
        shown.append((node.type, label, text))
    return shown


def interact(at) -> None:
    """What a learner does first: change the first widget that takes a value, then press the
    first button that is enabled."""
    main = at.main
    if main.text_input:
        main.text_input[0].input("changed by the learner").run()
    elif main.multiselect:
        widget = main.multiselect[0]
        widget.set_value([widget.options[-1]]).run()
    elif main.radio:
        widget = main.radio[0]
        widget.set_value(next(o for o in widget.options if o != widget.value)).run()
    elif main.number_input:
        widget = main.number_input[0]
        widget.set_value(widget.value + (widget.step or 1)).run()
    elif main.toggle:
        widget = main.toggle[0]
        widget.set_value(not widget.value).run()
    enabled = [b for b in main.button if not b.disabled]
    if enabled:
        enabled[0].click().run()


# Lessons this generic comparison cannot judge yet (open work, listed in the closing note).
NOT_YET = {
    "shared-state": "the page shows a module-level list every user shares, by design",
    "durable-state": "the list lives in the durable store under the URL's token, which is meant "
    "to outlive session state (a reset of session state keeps the token in the URL)",
}


# Keys bound to the URL (`bind="query-params"`): the URL outlives a reset of session state,
# which is what the survival lesson shows; its widget is left out of `rendered` above too.
BOUND_TO_THE_URL = {"survive_url"}


def lesson_state(at: AppTest, lesson: Lesson) -> dict[str, str]:
    """The lesson's keys that exist, each as the inspector previews its value."""
    return {
        key: preview(at.session_state[key])
        for key in lesson.keys
        if key in at.session_state and key not in BOUND_TO_THE_URL
    }


# Values a first visit draws at random (the wizard's upload id, part of its uploader's key).
DRAWN_AT_RANDOM = {"wizard_upload_id"}


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_reset_renders_exactly_the_first_visit(lesson):
    """Every element and widget value of the main area, and the lesson's state, as on a first
    visit."""
    if lesson.slug in NOT_YET:
        pytest.skip(NOT_YET[lesson.slug])
    at = open_lesson(lesson.slug)
    first_visit, first_state = rendered(at), lesson_state(at, lesson)
    interact(at)
    assert rendered(at) != first_visit, "the interaction changed nothing: pick another one"
    reset_lesson(at)
    assert rendered(at) == first_visit
    state = lesson_state(at, lesson)
    for key in DRAWN_AT_RANDOM & set(first_state):
        assert key in state
        del state[key], first_state[key]
    assert state == first_state


GOOD = ("sales.csv", b"region,sales\nEMEA,10\nAPAC,20\n", "text/csv")


def test_reset_empties_every_uploader():
    """Every uploader of the uploads lesson holds a file; after a reset all are empty and no
    file is parsed again."""
    at = open_lesson("uploads")
    first_visit = rendered(at)
    for uploader in at.main.file_uploader:
        uploader.set_value([GOOD] if uploader.label == "CSV files" else GOOD)
    at.run()
    assert at.session_state["upl_parses"] == 1 and at.session_state["upl_many_parses"] == 1
    reset_lesson(at)
    assert {u.label: u.value for u in at.main.file_uploader} == {
        "A CSV file": None,
        "CSV file": None,
        "CSV files": [],
    }
    at.run()
    assert at.session_state["upl_parses"] == 0 and at.session_state["upl_many_parses"] == 0
    assert rendered(at) == first_visit


# What a learner can change that the browser holds: every widget and keyed container state-lint
# knows (its WIDGETS) but buttons, whose press lasts one run, and st.form; dialogs, fragments'
# timers, and widgets bound to the URL (`bind=`).
BROWSER_HELD = {name for name in WIDGETS if not name.endswith("button") and name != "form"} | {
    "dialog",
    "fragment",
}


def browser_held_kinds(lesson: Lesson) -> set[str]:
    """The `st.` widgets and containers in the lesson's page and snippets that keep something
    in the browser, and "bind" when a widget is bound to the URL."""
    kinds = set()
    for path in (ROOT / lesson.page, *(snippet.path for snippet in lesson.snippets)):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "bind":
                kinds.add("bind")
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "st"
                and node.attr in BROWSER_HELD
            ):
                kinds.add(node.attr)
    return kinds


def test_the_browser_reset_lessons_draw_every_kind_any_lesson_draws():
    """tests/e2e/test_reset.py resets BROWSER_LESSONS in a real browser: together they hold
    every kind of browser-held value any lesson has, so the frame's reset is seen on each."""
    chosen = set().union(*(browser_held_kinds(lesson(slug)) for slug in BROWSER_LESSONS))
    for each in LESSONS:
        missing = browser_held_kinds(each) - chosen
        assert not missing, f"{each.slug} draws {sorted(missing)}: add it to BROWSER_LESSONS"
