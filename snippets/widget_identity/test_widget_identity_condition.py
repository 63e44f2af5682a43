"""A keyed widget that is not drawn loses its value; persist_state
keeps it.

Put widget_identity_condition.py beside this file, or one folder up
if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "widget_identity_condition.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_hidden_keyed_widget_starts_over_persisted_one_does_not():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.toggle(key="wid_discount_on").set_value(True).run()
    at.number_input(key="wid_discount").set_value(20)
    at.number_input(key="wid_discount_kept").set_value(30).run()
    at.toggle(key="wid_discount_on").set_value(False).run()
    # The page shows what session state holds after that run.
    lines = [t.value for t in at.text]
    assert lines == [
        "wid_discount: not there",
        "wid_discount_kept = 30",
    ]
    at.run()
    assert "wid_discount" not in at.session_state
    assert at.session_state["wid_discount_kept"] == 30
    at.toggle(key="wid_discount_on").set_value(True).run()
    assert at.number_input(key="wid_discount").value == 5
    assert at.number_input(key="wid_discount_kept").value == 30
