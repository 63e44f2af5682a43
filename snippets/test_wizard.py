"""Test for wizard.py: put it beside it, run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("wizard.py"))


def press(at, key):
    at.button(key=key).click().run()


def test_continue_is_refused_until_data_is_loaded():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    press(at, "wizard_continue")
    assert at.session_state["wizard_step"] == 1
    assert at.error, "a message says what is missing"


def test_sample_data_through_all_steps_then_start_over():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    press(at, "wizard_sample")
    press(at, "wizard_continue")
    assert at.session_state["wizard_step"] == 2
    at.selectbox(key="wizard_target").set_value("revenue").run()
    at.multiselect(key="wizard_features").set_value(["units"]).run()
    press(at, "wizard_continue")
    assert at.session_state["wizard_step"] == 3
    press(at, "wizard_continue")
    assert at.session_state["wizard_step"] == 4
    assert at.success
    at.session_state["mine"] = 1  # a key the wizard does not own
    press(at, "wizard_start_over")
    assert at.session_state["wizard_step"] == 1
    assert at.session_state["mine"] == 1


def test_back_keeps_the_choices():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    press(at, "wizard_sample")
    press(at, "wizard_continue")
    at.multiselect(key="wizard_features").set_value(["units"]).run()
    at.selectbox(key="wizard_target").set_value("revenue").run()
    press(at, "wizard_continue")
    press(at, "wizard_back")
    assert at.session_state["wizard_step"] == 2
    assert at.multiselect(key="wizard_features").value == ["units"]
    assert at.selectbox(key="wizard_target").value == "revenue"
