"""Quick start: the seed counter, through the app and alone."""

from __future__ import annotations

from conftest import button, click, open_lesson, open_snippet, texts


def test_three_clicks_show_count_3():
    at = open_lesson("quick-start")
    assert at.session_state["count"] == 0
    assert "Count: `0`" in texts(at)
    for _ in range(3):
        click(at, "Increment")
    assert at.session_state["count"] == 3
    assert "Count: `3`" in texts(at)


def test_reruns_without_a_click_keep_the_count():
    at = open_lesson("quick-start")
    click(at, "Increment")
    at.run()
    at.run()
    assert at.session_state["count"] == 1
    assert "Count: `1`" in texts(at)


def test_counter_without_state_never_passes_one():
    at = open_lesson("quick-start")
    naive = button(at, "Increment (no session state)")
    for _ in range(3):
        naive.click().run()
        naive = button(at, "Increment (no session state)")
        assert "Count without session state: `1`" in texts(at)
    at.run()
    assert "Count without session state: `0`" in texts(at)
    assert at.session_state["count"] == 0  # the real counter was not touched


def test_counter_survives_a_trip_to_another_lesson():
    at = open_lesson("quick-start")
    click(at, "Increment")
    at.switch_page("lessons/initialize.py").run()
    at.switch_page("lessons/quick_start.py").run()
    assert at.session_state["count"] == 1
    assert "Count: `1`" in texts(at)


def test_seed_snippet_alone_counts_clicks():
    at = open_snippet("counter.py").run()
    assert at.markdown[0].value == "Count: `0`"
    at.button[0].click().run().button[0].click().run()
    assert at.session_state["count"] == 2
    assert at.markdown[0].value == "Count: `2`"


def test_a_second_session_starts_at_zero():
    first = open_lesson("quick-start")
    click(first, "Increment")
    second = open_lesson("quick-start")
    assert first.session_state["count"] == 1
    assert second.session_state["count"] == 0
