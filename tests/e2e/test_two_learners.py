"""Two learners at once on `cache-vs-state`: each one's session counter is
their own, the `st.cache_resource` counter is shared by both.

The lesson's demo (snippets/cache_vs_state/cache_vs_state_counters.py): one "Click me" button
increments both counters; two metrics show "Your clicks (session state)" and "Everyone's clicks
(cache_resource)"; "Clear the shared counter" clears the cached object.
"""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from .learner import COMPLETE_TAB
from .streamlit_page import StreamlitPage, lesson_or_skip, open_tab


def complete_demo(app: StreamlitPage) -> Locator:
    """The counters of the complete pattern's tab (the small demo has the same labels)."""
    return app.page.get_by_role("tabpanel", name=COMPLETE_TAB)


def metric(app: StreamlitPage, label: str) -> int:
    value = complete_demo(app).get_by_test_id("stMetric").filter(has_text=label)
    expect(value).to_have_count(1)
    return int(value.get_by_test_id("stMetricValue").inner_text())


def yours(app: StreamlitPage) -> int:
    return metric(app, "Your clicks")


def everyones(app: StreamlitPage) -> int:
    return metric(app, "Everyone's clicks")


def click_me(app: StreamlitPage) -> None:
    app.click(complete_demo(app).get_by_role("button", name="Click me", exact=True))


def test_each_learner_has_their_own_counter_and_both_share_the_cached_one(app, open_app):
    lesson = lesson_or_skip("cache-vs-state")
    alice = app.open_lesson(lesson)
    bob = open_app().open_lesson(lesson)
    for learner in (alice, bob):
        open_tab(learner, COMPLETE_TAB)
    shared = everyones(alice)  # other tests on this server may have clicked before
    assert (yours(alice), yours(bob), everyones(bob)) == (0, 0, shared)

    click_me(alice)
    click_me(alice)
    assert (yours(alice), everyones(alice)) == (2, shared + 2)
    alice.expect_inspector("cache_my_clicks", "2")

    # Bob's first click: his own counter is 1, not 3; the shared one includes Alice's two.
    click_me(bob)
    assert (yours(bob), everyones(bob)) == (1, shared + 3)
    bob.expect_inspector("cache_my_clicks", "1")

    # Alice's next run shows Bob's click in the shared counter, and only hers in her own.
    click_me(alice)
    assert (yours(alice), everyones(alice)) == (3, shared + 4)

    # Clearing the cache resets the shared object for everyone, not anyone's session state.
    bob.click(bob.button("Clear the shared counter"))
    assert (yours(bob), everyones(bob)) == (1, 0)
    click_me(alice)
    assert (yours(alice), everyones(alice)) == (4, 1)
    alice.assert_clean()
    bob.assert_clean()
