"""Dialogs lesson under AppTest.

A click on a dialog's button is a full run under AppTest: the dialog function is not called
again, so `if st.button(...)` inside it never sees True. The snippets put each result into
session state in the buttons' callbacks, which Streamlit runs before that run: that logic is
tested here. Opening, submitting and dismissing in a real browser: tests/e2e/test_dialogs.py.
"""

from __future__ import annotations

import pytest
from conftest import open_lesson, open_snippet, texts
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block

from app.catalog import lesson_by_slug
from app.catalog.search import search_lessons


def dialogs(at: AppTest) -> list[Block]:
    """Open dialogs (Streamlit draws them in the app's event container)."""
    found: list[Block] = []

    def walk(node: object) -> None:
        if isinstance(node, Block):
            if node.type == "dialog" and node.proto.dialog.is_open:
                found.append(node)
            for child in node.children.values():
                walk(child)

    walk(at._tree)
    return found


def the_dialog(at: AppTest) -> Block:
    opened = dialogs(at)
    assert len(opened) == 1, f"expected one open dialog, found {len(opened)}"
    return opened[0]


def dismiss(at: AppTest) -> AppTest:
    """What the browser sends when the learner presses Esc on a dialog with on_dismiss set:
    a full rerun whose widget states carry a trigger for the dialog's id (captured from
    Chromium in tests/e2e/test_dialogs.py::test_dismiss_sends_a_trigger_for_the_dialog)."""
    dialog_id = the_dialog(at).proto.dialog.id
    assert dialog_id, "this dialog has on_dismiss='ignore': dismissing it sends nothing"
    states = at._tree.get_widget_states()
    trigger = states.widgets.add()
    trigger.id = dialog_id
    trigger.trigger_value = True
    return at._run(states)


def texts_in(block: Block) -> list[str]:
    return [t.value for t in block.get("text")]


def list_items(at: AppTest) -> list[str]:
    return [t.value for t in at.main.text]


# The lesson page ------------------------------------------------------------------------------


def test_lesson_page_draws_the_three_demos_in_tabs():
    at = open_lesson("dialogs")
    assert [tab.label for tab in at.main.tabs] == ["Confirm a delete", "Edit an item", "Dismissing"]
    assert list_items(at) == ["Apples", "Bread", "Coffee", "Desk lamp: 25.00 EUR"]
    assert dialogs(at) == []
    assert not at.exception


@pytest.mark.parametrize("word", ["dialog", "modal", "on_dismiss"])
def test_search_finds_the_lesson(word):
    assert lesson_by_slug("dialogs") in search_lessons(word)


# Confirm a delete -----------------------------------------------------------------------------


def test_confirm_deletes_the_item_and_closes():
    at = open_snippet("dialogs_confirm_delete.py").run()
    at.button(key="dlg_delete_1").click().run()
    dialog = the_dialog(at)
    assert dialog.proto.dialog.title == "Delete this item?"
    at.button(key="dlg_yes").click().run()
    assert at.session_state["dlg_items"] == {2: "Bread", 3: "Coffee"}
    assert at.session_state["dlg_result"] == "Deleted Apples."
    assert list_items(at) == ["Bread", "Coffee"]
    assert dialogs(at) == []


def test_cancel_keeps_the_item():
    at = open_snippet("dialogs_confirm_delete.py").run()
    at.button(key="dlg_delete_3").click().run()
    at.button(key="dlg_no").click().run()
    assert at.session_state["dlg_items"] == {1: "Apples", 2: "Bread", 3: "Coffee"}
    assert at.caption[0].value == "Kept Coffee."
    assert dialogs(at) == []


def test_deleting_everything_offers_a_restore():
    at = open_snippet("dialogs_confirm_delete.py").run()
    for item_id in (1, 2, 3):
        at.button(key=f"dlg_delete_{item_id}").click().run()
        at.button(key="dlg_yes").click().run()
    assert at.session_state["dlg_items"] == {}
    at.button(key="dlg_restore").click().run()
    assert list_items(at) == ["Apples", "Bread", "Coffee"]
    assert at.caption[0].value == "List restored."


def test_a_result_written_by_the_dialog_is_read_by_the_page_on_later_runs():
    at = open_snippet("dialogs_confirm_delete.py").run()
    at.button(key="dlg_delete_2").click().run()
    at.button(key="dlg_yes").click().run()
    at.run()
    assert at.caption[0].value == "Deleted Bread."
    assert list_items(at) == ["Apples", "Coffee"]


# Edit an item ---------------------------------------------------------------------------------


def test_edit_opens_with_the_current_values():
    at = open_snippet("dialogs_edit_item.py").run()
    at.button(key="dlg_edit").click().run()
    assert the_dialog(at).proto.dialog.title == "Edit item"
    assert at.text_input(key="dlg_edit_name").value == "Desk lamp"
    assert at.number_input(key="dlg_edit_price").value == 25.0


def test_save_writes_the_item_and_closes():
    at = open_snippet("dialogs_edit_item.py").run()
    at.button(key="dlg_edit").click().run()
    at.text_input(key="dlg_edit_name").input("  Floor lamp ")
    at.number_input(key="dlg_edit_price").set_value(40.5)
    at.button(key="dlg_save").click().run()
    assert at.session_state["dlg_item"] == {"name": "Floor lamp", "price": 40.5}
    assert list_items(at) == ["Floor lamp: 40.50 EUR"]
    assert dialogs(at) == []
    # The closing run did not draw the dialog's widgets: their values are gone...
    assert "dlg_edit_name" not in at.session_state
    # ...so the next opening starts from the saved item.
    at.button(key="dlg_edit").click().run()
    assert at.text_input(key="dlg_edit_name").value == "Floor lamp"


def test_an_empty_name_is_refused_and_nothing_is_lost():
    at = open_snippet("dialogs_edit_item.py").run()
    at.button(key="dlg_edit").click().run()
    at.text_input(key="dlg_edit_name").input("   ")
    at.button(key="dlg_save").click().run()
    assert at.session_state["dlg_edit_error"] == "The name cannot be empty."
    assert at.session_state["dlg_item"] == {"name": "Desk lamp", "price": 25.0}
    assert list_items(at) == ["Desk lamp: 25.00 EUR"]
    assert not at.exception
    # Opening it again clears the old message.
    at.button(key="dlg_edit").click().run()
    assert at.session_state["dlg_edit_error"] == ""
    assert [e.value for e in at.error] == []


def test_dismissing_the_edit_dialog_discards_the_draft():
    at = open_snippet("dialogs_edit_item.py").run()
    at.button(key="dlg_edit").click().run()
    at.text_input(key="dlg_edit_name").input("Half-typed")
    dismiss(at)
    assert dialogs(at) == []
    assert "dlg_edit_name" not in at.session_state
    assert at.session_state["dlg_item"]["name"] == "Desk lamp"


# Dismissing -----------------------------------------------------------------------------------


def open_draft(at: AppTest, mode: str) -> AppTest:
    if at.radio(key="dlg_mode").value != mode:
        at.radio(key="dlg_mode").set_value(mode).run()
    at.button(key="dlg_open").click().run()
    the_dialog(at)
    return at


def test_ignore_registers_no_dismiss_widget():
    at = open_draft(open_snippet("dialogs_dismiss.py").run(), "ignore")
    assert the_dialog(at).proto.dialog.id == ""  # nothing to send, so no rerun on dismiss


def test_dismiss_with_rerun_drops_the_draft():
    at = open_draft(open_snippet("dialogs_dismiss.py").run(), "rerun")
    at.text_input(key="dlg_draft").input("half a thought")
    runs = at.session_state["dlg_page_runs"]
    dismiss(at)
    assert at.session_state["dlg_page_runs"] == runs + 1
    assert at.session_state["dlg_dismissals"] == 0
    assert "dlg_draft" not in at.session_state
    assert dialogs(at) == []
    at.button(key="dlg_open").click().run()
    assert at.text_input(key="dlg_draft").value == ""


def test_dismiss_with_a_callback_runs_it_before_the_page():
    at = open_draft(open_snippet("dialogs_dismiss.py").run(), "callback")
    runs = at.session_state["dlg_page_runs"]
    dismiss(at)
    assert at.session_state["dlg_dismissals"] == 1
    assert at.session_state["dlg_page_runs"] == runs + 1
    # The caption is drawn by that same run, after the callback: it already counts it.
    assert at.caption[0].value == f"Page runs: {runs + 1} · dismissals counted: 1"


def test_not_dismissible_dialog_is_marked_so():
    at = open_snippet("dialogs_dismiss.py").run()
    at.checkbox(key="dlg_locked").check().run()
    at.button(key="dlg_open").click().run()
    assert the_dialog(at).proto.dialog.dismissible is False


def test_a_run_that_does_not_call_the_dialog_closes_it_and_drops_its_widgets():
    at = open_draft(open_snippet("dialogs_dismiss.py").run(), "ignore")
    at.text_input(key="dlg_draft").input("done")
    at.run()  # what st.rerun() in the dialog leads to: a run where the opener is False
    assert dialogs(at) == []
    assert "dlg_draft" not in at.session_state


def test_the_caller_of_a_dialog_function_gets_none():
    returns = """
import streamlit as st

@st.dialog("Pick")
def pick():
    return "chosen"

st.session_state.got = pick()
"""
    at = AppTest.from_string(returns).run()
    assert at.session_state["got"] is None
    assert not at.exception


def test_only_one_dialog_per_run():
    two = """
import streamlit as st

@st.dialog("One")
def one():
    st.write("one")

@st.dialog("Two")
def two():
    st.write("two")

one()
two()
"""
    at = AppTest.from_string(two).run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert "Only one dialog" in at.exception[0].value


def test_the_dismissing_tab_says_esc_loses_an_unsent_draft_and_the_x_keeps_it():
    # tests/e2e/test_dialogs.py performs the three closes on a draft typed without Enter.
    page = " ".join(texts(open_lesson("dialogs")).split())
    assert "the draft is still there if it was sent, with Enter or by the **X** or a " in page
    assert "**Esc** closes without sending: a draft typed without Enter is lost." in page
