"""dialogs_dismiss.py alone: each on_dismiss mode and
dismissible=False, as the dialog is sent to the browser; a
dismissal with a callback counts it before the page runs.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("dialogs_dismiss.py"))


def open_dialog(at, mode):
    at.radio(key="dlg_mode").set_value(mode).run()
    at.button(key="dlg_open").click().run()
    [dialog] = [b for b in at.get("dialog") if b.proto.dialog.is_open]
    return dialog.proto.dialog


def test_ignore_sends_no_dismiss_widget_the_others_do():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert open_dialog(at, "ignore").id == ""
    assert open_dialog(at, "rerun").id != ""
    assert open_dialog(at, "callback").id != ""


def test_a_dismissal_runs_the_callback_then_the_page():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    dialog = open_dialog(at, "callback")
    runs = at.session_state["dlg_page_runs"]
    # What the browser sends on Esc: a rerun with a trigger
    # for the dialog's id.
    states = at._tree.get_widget_states()
    trigger = states.widgets.add()
    trigger.id, trigger.trigger_value = dialog.id, True
    at._run(states)
    assert at.session_state["dlg_dismissals"] == 1
    assert at.session_state["dlg_page_runs"] == runs + 1


def test_not_dismissible():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.checkbox(key="dlg_locked").check().run()
    assert open_dialog(at, "ignore").dismissible is False
