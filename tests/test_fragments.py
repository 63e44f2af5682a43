"""Fragments lesson under AppTest.

AppTest runs the whole script for every widget interaction (it never sends the fragment id a
browser sends), so it shows what a *full* run does to fragments: the fragment runs with the
page, its return value reaches the page, its widgets keep their values, and
`st.rerun(scope="fragment")` is refused. A keyed `st.rerun("<key>")` from a callback does
reach Streamlit's fragment runner here. What a click inside a fragment does in a real browser
(only the fragment reruns) is proven in tests/e2e/test_fragments.py.
"""

from __future__ import annotations

import time

import pytest
from conftest import ROOT, click, exception_type, lesson, open_lesson, open_snippet, texts
from streamlit.testing.v1 import AppTest

from app.catalog import lesson_by_slug
from app.catalog.search import search_lessons


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.main.caption]


def markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.main.markdown]


# The lesson page ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def first_visit() -> AppTest:
    """One first visit to the lesson page, read (never clicked) by the two tests below."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # the app's config, as for every other test
        return open_lesson("fragments")


def test_lesson_page_runs_every_demo_in_its_tab(first_visit):
    at = first_visit
    labels = [tab.label for tab in at.main.tabs]
    assert labels == ["Fragment vs page", "Results out", "Rerun scope", "Polling", "Two fragments"]
    ss = at.session_state
    assert ss["frag_page_runs"] == 1 and ss["frag_fragment_runs"] == 1
    assert ss["frag_scope_page_runs"] == 1 and ss["frag_job_started"] is None
    assert "Page runs: 1" in markdown(at) and "Fragment runs: 1" in markdown(at)
    assert "No job started." in captions(at)


def test_the_page_explains_why_fragment_runs_rise_by_two(first_visit):
    # tests/e2e/test_fragments.py counts the runs in the browser, where fragment runs happen.
    page = " ".join(texts(first_visit).split())
    assert "**Fragment runs** goes up by 2 for each **Add** button" in page
    assert "**Refresh the basket from outside** adds 1" in page


def test_search_finds_the_lesson_by_fragment():
    fragments = lesson_by_slug("fragments")
    assert fragments in search_lessons("fragment")
    assert fragments in search_lessons("run_every")
    assert fragments.min_version == "1.63"


# Side-by-side counters -----------------------------------------------------------------------


def test_a_full_run_runs_the_fragment_too():
    at = open_snippet("fragments_counters.py").run()
    for _ in range(2):
        at.button(key="frag_add_outside").click().run()
    assert at.session_state["frag_outside_count"] == 2
    assert at.session_state["frag_page_runs"] == 3
    assert at.session_state["frag_fragment_runs"] == 3
    assert [m.value for m in at.metric] == ["2", "0"]


def test_the_fragment_counter_counts_its_clicks():
    at = open_snippet("fragments_counters.py").run()
    at.button(key="frag_add_inside").click().run()
    assert at.session_state["frag_inside_count"] == 1
    assert [m.value for m in at.metric] == ["0", "1"]
    assert at.session_state["frag_outside_count"] == 0


# Return values --------------------------------------------------------------------------------


def test_a_return_value_reaches_the_page_during_a_full_run():
    # Under AppTest the click is a full run, so the fragment runs inline and its return value
    # is received. In the browser the same click reruns only the fragment (see e2e).
    at = open_snippet("fragments_return_lost.py").run()
    assert at.info[0].value == "No size chosen yet."
    at.slider(key="frag_size_lost").set_value(7).run()
    at.button(key="frag_use_lost").click().run()
    assert at.success[0].value == "The page uses size 7."
    # The value was never stored: the next run has lost it again.
    at.run()
    assert at.info[0].value == "No size chosen yet."


def test_the_fixed_fragment_hands_its_result_out_through_session_state():
    at = open_snippet("fragments_return_state.py").run()
    at.slider(key="frag_size").set_value(8).run()
    at.button(key="frag_use").click().run()
    assert at.session_state["frag_chosen_size"] == 8
    assert at.success[0].value == "The page uses size 8."
    at.run()  # and it stays
    assert at.success[0].value == "The page uses size 8."
    assert not at.exception


# Rerun scope and fragment keys ---------------------------------------------------------------


def test_rerun_app_redraws_the_page_and_keeps_the_fragments_widgets():
    at = open_snippet("fragments_rerun_scope.py").run()
    at.text_input(key="frag_basket_note").input("for Monday").run()
    at.button(key="frag_add_app").click().run()
    assert at.session_state["frag_basket"] == 1
    assert at.metric[0].value == "1"
    # The click's run (3) stopped at st.rerun(); the page was then run again (4).
    assert "Page runs: 4 · the page last saw 1 items" in captions(at)
    assert at.text_input(key="frag_basket_note").value == "for Monday"
    assert not at.exception


ONE_BEHIND = """
import streamlit as st

st.session_state.setdefault("n", 0)

@st.fragment
def box():
    st.metric("Items", st.session_state.n)
    if st.button("Add"):
        st.session_state.n += 1  # no rerun: the metric above is already drawn

box()
"""


def test_without_a_rerun_a_value_drawn_above_the_button_lags_one_click():
    # Why the basket's buttons rerun: the count is drawn before the click is handled.
    at = AppTest.from_string(ONE_BEHIND).run()
    click(at, "Add")
    assert at.session_state["n"] == 1
    assert at.metric[0].value == "0"


def test_rerun_by_key_from_a_callback_runs_only_that_fragment():
    at = open_snippet("fragments_rerun_scope.py").run()
    at.button(key="frag_refresh_basket").click().run()
    assert not at.exception
    assert at.session_state["frag_scope_page_runs"] == 1
    assert at.session_state["frag_scope_fragment_runs"] == 2
    # Only the fragment's elements were sent: the page's caption was not redrawn.
    assert captions(at) == ["Fragment runs: 2"]


def test_scope_fragment_during_a_full_run_raises():
    at = open_snippet("fragments_rerun_scope.py").run()
    at.button(key="frag_add_fragment").click().run()
    assert exception_type(at) == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert "during fragment reruns" in at.exception[0].value


KEYED_RERUN = """
import streamlit as st

@st.fragment(key="box")
def box():
    st.write("box")

box()
if st.button("Body"):
    st.rerun("box")
st.button("Unknown", on_click=lambda: st.rerun("no_such_box"))
"""


@pytest.mark.parametrize(
    ("label", "message"),
    [("Body", "only allowed from a widget callback"), ("Unknown", "no_such_box")],
)
def test_rerun_by_key_only_from_a_callback_and_only_a_known_key(label, message):
    at = AppTest.from_string(KEYED_RERUN).run()
    click(at, label)
    assert exception_type(at) == "streamlit.errors.StreamlitAPIException"
    assert message in at.exception[0].value


def test_fragment_key_and_keyed_rerun_exist_since_1_63():
    # The lesson's min_version: the fragment `key` parameter and st.rerun("<key>").
    import inspect

    import streamlit as st

    assert "key" in inspect.signature(st.fragment).parameters
    assert "scope" in inspect.signature(st.rerun).parameters


# Polling --------------------------------------------------------------------------------------


def test_starting_a_job_polls_by_default_and_writes_progress():
    at = open_snippet("fragments_polling.py").run()
    assert at.toggle(key="frag_polling").value is True
    at.button(key="frag_start_job").click().run()
    assert isinstance(at.session_state["frag_job_started"], float)
    assert at.session_state["frag_job_checks"] == 1
    assert 0 <= at.session_state["frag_job_progress"] < 100
    assert at.get("progress")[0].proto.text.startswith("Job: ")


def test_a_finished_job_reruns_the_page_which_shows_the_result():
    at = open_snippet("fragments_polling.py").run()
    at.button(key="frag_start_job").click().run()
    at.session_state["frag_job_started"] = time.time() - 60  # the job has run its course
    at.run()
    assert at.session_state["frag_job_progress"] == 100
    # 100 % inside the fragment -> st.rerun() -> a second full run, where the page shows it.
    assert at.session_state["frag_job_checks"] == 3
    assert at.success[0].value == "The job is done."
    at.run()  # no more reruns: the fragment is now drawn without run_every
    assert at.session_state["frag_job_checks"] == 4
    assert not at.exception


def test_polling_switch_off_keeps_the_last_progress():
    at = open_snippet("fragments_polling.py").run()
    at.button(key="frag_start_job").click().run()
    at.toggle(key="frag_polling").set_value(False).run()
    assert at.session_state["frag_polling"] is False
    assert at.session_state["frag_job_progress"] < 100


def test_the_job_and_the_switch_survive_a_page_switch():
    at = open_lesson("fragments")
    at.button(key="frag_start_job").click().run()
    at.toggle(key="frag_polling").set_value(False).run()
    started = at.session_state["frag_job_started"]
    at.switch_page(lesson("multipage").page).run()
    assert at.session_state["frag_polling"] is False  # persist_state keeps it off the page
    assert at.session_state["frag_job_started"] == started
    at.switch_page(lesson("fragments").page).run()
    assert at.toggle(key="frag_polling").value is False
    assert not at.exception


# Two fragments, one key -----------------------------------------------------------------------


def test_two_fragments_writing_one_key_count_each_others_clicks():
    at = open_snippet("fragments_shared_key.py").run()
    at.button(key="frag_tea_shared").click().run()
    at.button(key="frag_tea_shared").click().run()
    at.button(key="frag_coffee_shared").click().run()
    assert at.session_state["frag_cups"] == 3  # one coffee, yet three cups in "its" key


def test_own_keys_per_fragment_and_a_total_read_by_the_page():
    at = open_snippet("fragments_own_keys.py").run()
    at.button(key="frag_tea").click().run()
    at.button(key="frag_tea").click().run()
    at.button(key="frag_coffee").click().run()
    assert at.session_state["frag_teas"] == 2
    assert at.session_state["frag_coffees"] == 1
    assert "Teas: 2" in markdown(at) and "Coffees: 1" in markdown(at)
    at.button(key="frag_total").click().run()
    assert "Total, read by the page: 3 cups" in markdown(at)
