"""Quick start, callback variant: the increment runs in `on_click`, before the rerun."""

from __future__ import annotations

from conftest import click, open_lesson
from streamlit.proto.WidgetStates_pb2 import WidgetStates
from streamlit.runtime.scriptrunner_utils.script_requests import (
    RerunData,
    ScriptRequests,
    ScriptRequestType,
)


def test_plain_counter_and_callback_counter_do_not_collide():
    at = open_lesson("quick-start")
    click(at, "Increment")
    click(at, "Increment (callback)")
    click(at, "Increment (callback)")
    assert (at.session_state["count"], at.session_state["count_cb"]) == (1, 2)
    assert not at.exception


def _rerun(widget_id, **value):
    states = WidgetStates()
    state = states.widgets.add()
    state.id = widget_id
    for field, v in value.items():
        setattr(state, field, v)
    return RerunData(widget_states=states)


def test_clicks_waiting_for_the_same_rerun_are_merged_into_one_press():
    # What the lesson says about rapid clicks: pending rerun requests are folded into one,
    # and a button's trigger survives the merge only once.
    requests = ScriptRequests()
    for _ in range(5):
        assert requests.request_rerun(_rerun("increment", trigger_value=True))
    request = requests.on_scriptrunner_ready()
    assert request.type == ScriptRequestType.RERUN
    merged = [(w.id, w.trigger_value) for w in request.rerun_data.widget_states.widgets]
    assert merged == [("increment", True)]
    # No second rerun is queued: five clicks, one run.
    assert requests.on_scriptrunner_ready().type != ScriptRequestType.RERUN


def test_a_value_widget_keeps_its_newest_value_when_reruns_are_merged():
    requests = ScriptRequests()
    for value in range(1, 6):
        requests.request_rerun(_rerun("amount", int_value=value))
    request = requests.on_scriptrunner_ready()
    assert [w.int_value for w in request.rerun_data.widget_states.widgets] == [5]
