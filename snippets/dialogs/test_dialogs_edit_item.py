"""dialogs_edit_item.py alone: Save's callback stores the edit; an
empty name is refused and the item is kept.

Put dialogs_edit_item.py beside this file, or one folder up if this
file is in tests/, and run pytest.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "dialogs_edit_item.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_save_and_refuse_an_empty_name():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="dlg_edit").click().run()
    assert at.text_input(key="dlg_edit_name").value == "Desk lamp"
    at.text_input(key="dlg_edit_name").input("Lamp")
    at.number_input(key="dlg_edit_price").set_value(30.0)
    at.button(key="dlg_save").click().run()
    assert at.session_state["dlg_item"] == {
        "name": "Lamp",
        "price": 30.0,
    }
    assert at.text[0].value == "Lamp: 30.00 EUR"
    at.button(key="dlg_edit").click().run()
    at.text_input(key="dlg_edit_name").input("")
    at.button(key="dlg_save").click().run()
    error = at.session_state["dlg_edit_error"]
    assert error == "The name cannot be empty."
    assert at.session_state["dlg_item"] == {
        "name": "Lamp",
        "price": 30.0,
    }
