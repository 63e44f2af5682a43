"""dialogs_confirm_delete.py alone: the dialog's callbacks write the
result into session state; the next run does not call the dialog,
so it is closed. (A button inside a dialog never returns True under
AppTest; the browser suite clicks it for real.)

Put dialogs_confirm_delete.py beside this file, or one folder up if
this file is in tests/, and run pytest.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "dialogs_confirm_delete.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def open_dialogs(at):
    dialogs = [b.proto.dialog for b in at.get("dialog")]
    return [d.title for d in dialogs if d.is_open]


def test_delete_and_cancel():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="dlg_delete_2").click().run()
    assert open_dialogs(at) == ["Delete this item?"]
    assert "Bread will leave the list." in [t.value for t in at.text]
    at.button(key="dlg_yes").click().run()
    assert open_dialogs(at) == []
    assert at.session_state["dlg_items"] == {1: "Apples", 3: "Coffee"}
    assert at.caption[0].value == "Deleted Bread."
    at.button(key="dlg_delete_1").click().run()
    at.button(key="dlg_no").click().run()
    assert at.session_state["dlg_items"] == {1: "Apples", 3: "Coffee"}
    assert at.caption[0].value == "Kept Apples."
