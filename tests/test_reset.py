""" "Reset this lesson" means first visit: after a learner has used a lesson and pressed reset,
the page renders exactly what a first visit renders, element by element."""

from __future__ import annotations

import pytest
from conftest import open_lesson

from app.catalog import LESSONS

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


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_reset_renders_exactly_the_first_visit(lesson):
    if lesson.slug in NOT_YET:
        pytest.skip(NOT_YET[lesson.slug])
    at = open_lesson(lesson.slug)
    first_visit = rendered(at)
    interact(at)
    assert rendered(at) != first_visit, "the interaction changed nothing: pick another one"
    at.sidebar.button(key="_reset_lesson").click().run()
    assert not at.exception
    assert rendered(at) == first_visit
