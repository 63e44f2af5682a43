"""Callbacks: state updated before the rerun, in the order the timeline shows."""

from __future__ import annotations

from conftest import TIMEOUT, click, open_lesson, open_snippet
from streamlit.testing.v1 import AppTest

from app.frame import timeline


def timeline_text(at) -> str:
    return next(c.value for c in at.main.code if c.value.startswith("run "))


def test_the_callback_runs_before_the_script_run_it_triggers():
    at = open_lesson("callbacks")
    at.text_input(key="name").input("Grace").run()
    click(at, "Save")
    events = at.session_state[timeline.EVENTS_KEY]
    run = at.session_state[timeline.RUN_KEY]
    this_run = [text for r, text in events if r == run]
    assert this_run == [
        "callback save_name ran",
        f"script run {run} started",
        f"script run {run} finished",
    ]
    shown = timeline_text(at)
    assert shown.index("callback save_name ran") < shown.index(f"script run {run} started")


def test_a_rerun_without_interaction_records_no_callback():
    at = open_lesson("callbacks")
    at.run()
    run = at.session_state[timeline.RUN_KEY]
    this_run = [t for r, t in at.session_state[timeline.EVENTS_KEY] if r == run]
    assert this_run == [f"script run {run} started", f"script run {run} finished"]


def test_on_change_converts_into_the_other_widget():
    at = open_lesson("callbacks")
    at.number_input(key="celsius").set_value(100.0).run()
    assert at.session_state["fahrenheit"] == 212.0
    assert at.number_input(key="fahrenheit").value == 212.0
    at.number_input(key="fahrenheit").set_value(32.0).run()
    assert at.session_state["celsius"] == 0.0
    assert at.number_input(key="celsius").value == 0.0
    run = at.session_state[timeline.RUN_KEY]
    assert (run, "callback fahrenheit_changed ran") in at.session_state[timeline.EVENTS_KEY]


def test_timeline_keeps_a_bounded_history():
    at = open_lesson("callbacks")
    for _ in range(timeline.MAX_EVENTS):
        at.run()
    assert len(at.session_state[timeline.EVENTS_KEY]) == timeline.MAX_EVENTS
    assert timeline_text(at).count("\nrun ") + 1 == 3  # shows the last three runs


def test_both_temperatures_are_bounded_and_say_so():
    at = open_snippet("callbacks_on_change.py").run()
    celsius, fahrenheit = at.number_input(key="celsius"), at.number_input(key="fahrenheit")
    assert (celsius.proto.min, celsius.proto.max) == (-273.15, 10_000.0)
    assert (fahrenheit.proto.min, fahrenheit.proto.max) == (-459.67, 18_032.0)
    assert at.caption[0].value == "Celsius from -273.15 (absolute zero) to 10,000."
    at.number_input(key="celsius").set_value(10_000.0).run()
    assert at.session_state["fahrenheit"] == 18_032.0
    at.number_input(key="fahrenheit").set_value(-459.67).run()
    assert at.session_state["celsius"] == -273.15


def test_a_number_out_of_range_or_unreadable_changes_nothing_else():
    # What a client that skips the browser's checks can send: Streamlit turns a value outside
    # [min_value, max_value], or one that is not finite, into the widget's value=None.
    for crafted in (1e308, float("inf"), float("nan"), -1e6):
        at = open_snippet("callbacks_on_change.py").run()
        at.number_input(key="celsius").set_value(crafted).run()
        assert not at.exception, crafted
        assert at.session_state["celsius"] is None, crafted
        assert at.session_state["fahrenheit"] == 68.0, crafted
    at.number_input(key="fahrenheit").set_value(212.0).run()
    assert at.session_state["celsius"] == 100.0


def _parentheses_app() -> None:
    import streamlit as st

    st.session_state.setdefault("calls", 0)

    def save_name() -> None:
        st.session_state.calls += 1

    st.button("Save", on_click=save_name())  # the pitfall itself


def test_on_click_with_parentheses_runs_while_the_page_is_drawn():
    at = AppTest.from_function(_parentheses_app, default_timeout=TIMEOUT).run()
    assert at.session_state["calls"] == 1  # called on the first run, without a click
    at.run()
    assert at.session_state["calls"] == 2  # and again on every run
    at.button[0].click().run()
    assert at.session_state["calls"] == 3  # a click is just another run: on_click got None
    page = open_lesson("callbacks")
    pitfall = next(m.value for m in page.main.markdown if "with parentheses" in m.value)
    assert "calls the function while the page is drawn" in pitfall
