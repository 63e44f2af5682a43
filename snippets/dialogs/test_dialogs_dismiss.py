"""dialogs_dismiss.py alone: each on_dismiss mode and
dismissible=False, as the dialog is sent to the browser; a
dismissal with a callback counts it before the page runs.

Put dialogs_dismiss.py beside this file, or one folder up if this
file is in tests/, and run pytest.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "dialogs_dismiss.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


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
