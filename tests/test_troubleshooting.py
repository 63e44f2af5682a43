"""Troubleshooting: each symptom reproduced (the tests prove the broken behaviour), then fixed."""

from __future__ import annotations

import pickle

import pandas as pd
from conftest import TIMEOUT, headings, links_to_lesson, open_lesson, open_snippet, texts
from streamlit.testing.v1 import AppTest


def likes_lines(at: AppTest) -> list[str]:
    return [md.value for md in at.main.markdown if md.value.startswith("Likes: ")]


def test_inline_update_shows_the_old_value_on_the_first_click():
    at = open_lesson("troubleshooting")
    at.button(key="ts_like_inline").click().run()
    assert at.session_state["ts_likes"] == 1
    assert likes_lines(at)[0] == "Likes: 0"  # one click behind
    at.button(key="ts_like_inline").click().run()
    assert at.session_state["ts_likes"] == 2
    assert likes_lines(at)[0] == "Likes: 1"


def test_callback_update_is_visible_in_the_same_run_even_above_the_button():
    at = open_lesson("troubleshooting")
    at.button(key="ts_like").click().run()
    assert at.session_state["ts_likes_fixed"] == 1
    assert likes_lines(at)[1] == "Likes: 1"
    at.button(key="ts_like").click().run()
    assert likes_lines(at)[1] == "Likes: 2"


def nickname_with_changing_key(at: AppTest):
    return next(w for w in at.main.text_input if w.label == "Nickname (changing key)")


def test_a_key_that_changes_every_run_loses_what_was_typed():
    at = open_lesson("troubleshooting")
    old_key = nickname_with_changing_key(at).key
    nickname_with_changing_key(at).input("Ann").run()
    widget = nickname_with_changing_key(at)
    assert widget.value == "" and widget.key != old_key
    # The widget of the previous run is dropped, so keys do not pile up.
    leftovers = [k for k in at.session_state if k.startswith("ts_nickname_")]
    assert leftovers == [widget.key]


def test_an_unguarded_assignment_resets_the_input_on_every_run():
    at = open_lesson("troubleshooting")
    at.text_input(key="ts_city_reset").input("Paris").run()
    assert at.text_input(key="ts_city_reset").value == "Berlin"
    assert at.session_state["ts_city_reset"] == "Berlin"


def test_stable_key_and_guarded_default_keep_what_was_typed():
    at = open_lesson("troubleshooting")
    assert at.text_input(key="ts_city").value == "Berlin"
    at.text_input(key="ts_nickname").input("Ann").run()
    at.text_input(key="ts_city").input("Paris").run()
    at.button(key="ts_like").click().run()  # other interactions rerun the script
    at.run()
    assert at.text_input(key="ts_nickname").value == "Ann"
    assert at.text_input(key="ts_city").value == "Paris"
    assert at.session_state["ts_city"] == "Paris"


def test_across_pages_links_to_the_multipage_lesson():
    at = open_lesson("troubleshooting")
    assert links_to_lesson(at, "multipage")


def test_faq_questions_are_all_answered_with_links():
    at = open_lesson("troubleshooting")
    questions = headings(at.main, level=3)
    for question in (
        "What is st.session_state in simple terms?",
        "How do I initialize st.session_state?",
        "Does st.session_state survive reruns?",
        "What is the difference between session state and cache?",
        "Can I store a DataFrame in session state?",
    ):
        assert question in questions
    links = [link.label for link in at.main.get("page_link")]
    for label in ("Quick start: a counter", "Initialize state safely", "Session state vs caching"):
        assert label in links
    assert links_to_lesson(at, "reload") and links_to_lesson(at, "too-much-data")


def test_dataframe_in_session_state_grows_and_stays_picklable():
    at = open_lesson("troubleshooting")
    at.text_input(key="ts_item").input("  Tea ")
    at.number_input(key="ts_qty").set_value(3)
    at.button(key="ts_add_order").click().run()
    assert not at.exception
    orders = at.session_state["ts_orders"]
    assert isinstance(orders, pd.DataFrame)
    assert orders.to_dict("records") == [
        {"item": "Coffee", "qty": 1},
        {"item": "Tea", "qty": 3},
    ]
    assert at.main.dataframe[0].value.to_dict("records") == orders.to_dict("records")
    assert at.session_state["ts_item"] == ""  # the callback cleared the input
    assert "2 of 20 rows, kept for this session only." in texts(at)
    assert pickle.loads(pickle.dumps(orders)).equals(orders)


def test_blank_item_adds_nothing_and_markup_is_stored_as_text():
    at = open_lesson("troubleshooting")
    at.text_input(key="ts_item").input("   ")
    at.button(key="ts_add_order").click().run()
    assert len(at.session_state["ts_orders"]) == 1
    at.text_input(key="ts_item").input("<b>cake</b>")
    at.button(key="ts_add_order").click().run()
    assert not at.exception
    assert at.session_state["ts_orders"]["item"].tolist() == ["Coffee", "<b>cake</b>"]


def test_quantity_outside_its_range_is_rejected_without_losing_orders():
    at = open_lesson("troubleshooting")
    at.text_input(key="ts_item").input("Tea")
    at.button(key="ts_add_order").click().run()
    at.number_input(key="ts_qty").set_value(500).run()
    assert not at.exception
    assert at.number_input(key="ts_qty").value == 1  # the out-of-range value was rejected
    assert len(at.session_state["ts_orders"]) == 2


def _inline_then_rerun() -> None:
    import streamlit as st

    st.session_state.setdefault("runs", 0)
    st.session_state.setdefault("likes", 0)
    st.session_state.runs += 1
    st.write(f"Likes: {st.session_state.likes}")
    if st.button("Like"):
        st.session_state.likes += 1
        st.rerun()


def _callback() -> None:
    import streamlit as st

    st.session_state.setdefault("runs", 0)
    st.session_state.setdefault("likes", 0)
    st.session_state.runs += 1

    def like() -> None:
        st.session_state.likes += 1

    st.write(f"Likes: {st.session_state.likes}")
    st.button("Like", on_click=like)


def test_st_rerun_hides_the_stale_read_at_the_cost_of_a_second_run():
    rerun = AppTest.from_function(_inline_then_rerun, default_timeout=TIMEOUT).run()
    rerun.button[0].click().run()
    callback = AppTest.from_function(_callback, default_timeout=TIMEOUT).run()
    callback.button[0].click().run()
    assert rerun.markdown[0].value == callback.markdown[0].value == "Likes: 1"
    assert rerun.session_state["runs"] == 3  # first run, the click's run, the st.rerun run
    assert callback.session_state["runs"] == 2


def test_the_order_list_is_capped_with_a_message():
    at = open_snippet("troubleshooting_dataframe.py").run()
    assert at.text_input(key="ts_item").proto.max_chars == 40
    for number in range(19):
        at.text_input(key="ts_item").input(f"item {number}")
        at.button(key="ts_add_order").click().run()
    assert len(at.session_state["ts_orders"]) == 20
    assert at.button(key="ts_add_order").disabled
    assert [w.value for w in at.warning] == ["The order list is full (20 rows)."]
    # A client that clicks the disabled button anyway changes nothing.
    at.text_input(key="ts_item").input("one more")
    states = at._tree.get_widget_states()
    forged = states.widgets.add()
    forged.id, forged.trigger_value = at.button(key="ts_add_order").id, True
    at._run(states)
    assert not at.exception
    assert len(at.session_state["ts_orders"]) == 20
