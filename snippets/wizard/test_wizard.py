"""Test for wizard.py: put it beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "wizard.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def press(at, key):
    at.button(key=key).click().run()


def step(at):
    return at.session_state["wizard_step"]


def test_continue_is_refused_until_data_is_loaded():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    press(at, "wizard_continue_1")
    assert step(at) == 1
    message = "Upload a CSV or use the sample data first."
    assert [e.value for e in at.error] == [message]
    press(at, "wizard_continue_1")  # a second try is refused too
    assert step(at) == 1
    assert [e.value for e in at.error] == [message]


def test_sample_data_through_all_steps_then_start_over():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    press(at, "wizard_sample")
    press(at, "wizard_continue_1")
    assert step(at) == 2
    at.selectbox(key="wizard_target").set_value("revenue").run()
    at.multiselect(key="wizard_features").set_value(["units"]).run()
    press(at, "wizard_continue_2")
    assert step(at) == 3
    press(at, "wizard_continue_3")
    assert step(at) == 4
    assert at.success
    at.session_state["mine"] = 1  # a key the wizard does not own
    press(at, "wizard_start_over")
    assert step(at) == 1
    assert at.session_state["mine"] == 1


def test_back_keeps_the_choices():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    press(at, "wizard_sample")
    press(at, "wizard_continue_1")
    at.multiselect(key="wizard_features").set_value(["units"]).run()
    at.selectbox(key="wizard_target").set_value("revenue").run()
    press(at, "wizard_continue_2")
    press(at, "wizard_back_3")
    assert step(at) == 2
    assert at.multiselect(key="wizard_features").value == ["units"]
    assert at.selectbox(key="wizard_target").value == "revenue"
