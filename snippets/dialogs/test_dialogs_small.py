"""Test for dialogs_small.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "dialogs_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_dialog_writes_state_and_the_page_reads_it():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.markdown[0].value == "Hello, nobody!"
    at.button(key="dlg_small_open").click().run()
    at.text_input(key="dlg_small_input").input("Ada")
    at.button(key="dlg_small_save").click().run()
    assert at.session_state["dlg_small_name"] == "Ada"
    assert at.markdown[0].value == "Hello, Ada!"
    # The run after st.rerun() did not call the dialog: it is closed.
    assert not at.text_input
