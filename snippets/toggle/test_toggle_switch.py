"""Test for toggle_switch.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "toggle_switch.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_toggles_key_is_the_flag():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.session_state["advanced_open"] is False
    assert not at.checkbox
    at.toggle(key="advanced_open").set_value(True).run()
    assert at.session_state["advanced_open"] is True
    assert len(at.checkbox) == 2


def test_persist_state_keeps_a_hidden_value():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.toggle(key="advanced_open").set_value(True).run()
    at.checkbox(key="audit_logging").check().run()
    at.toggle(key="advanced_open").set_value(False).run()
    at.run()
    assert at.session_state["audit_logging"] is True
    assert "Audit logging: **True**" in at.markdown[0].value
    at.toggle(key="advanced_open").set_value(True).run()
    assert at.checkbox(key="audit_logging").value is True
