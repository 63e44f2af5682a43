"""An expander opened from code, a popover whose slider is drawn
only while open, and a plain expander without state.

Put containers_expander_popover.py beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "containers_expander_popover.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_open_from_code_and_lazy_popover():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.session_state["cont_details"] is False
    assert not at.slider
    at.button[0].click().run()  # "Open the details from code"
    assert at.session_state["cont_details"] is True
    assert at.session_state["cont_log"] == []
    at.session_state["cont_settings"] = True
    at.run()
    at.slider(key="cont_rows").set_value(25).run()
    at.session_state["cont_settings"] = False
    at.run()
    at.run()
    assert not at.slider
    assert at.session_state["cont_rows"] == 25
    assert "Rows per page: `25`" in [m.value for m in at.markdown]
    status = at.markdown[-1].value
    assert "`plain.open` = None" in status
    assert "`details.open` = True" in status
    at.session_state["cont_settings"] = True
    at.run()  # open again: the slider shows the kept value
    assert at.slider(key="cont_rows").value == 25
