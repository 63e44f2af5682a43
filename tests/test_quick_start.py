"""Quick start: the seed counter, through the app and alone."""

from __future__ import annotations

from conftest import button, click, open_lesson, open_snippet, texts


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


def test_a_second_session_starts_at_zero():
    first = open_snippet("counter.py").run()
    click(first, "Increment")
    second = open_snippet("counter.py").run()
    assert first.session_state["count"] == 1
    assert second.session_state["count"] == 0
