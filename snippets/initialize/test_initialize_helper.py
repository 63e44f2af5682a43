"""Test for initialize_helper.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "initialize_helper.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_first_run_creates_both_keys():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.session_state["sort_by"] == "name"
    assert at.session_state["show_archived"] is False
    created = json.loads(at.json[0].value)
    assert created == ["sort_by", "show_archived"]


def test_init_state_never_overwrites_a_value():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.selectbox(key="sort_by").select("size").run()
    at.checkbox(key="show_archived").check().run()
    assert at.session_state["sort_by"] == "size"
    assert at.session_state["show_archived"] is True
    assert "nothing (all keys already existed)" in (
        at.markdown[-1].value
    )


def test_a_key_set_before_the_first_run_is_kept():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.session_state["sort_by"] = "created"
    at.run()
    assert at.selectbox(key="sort_by").value == "created"
    assert json.loads(at.json[0].value) == ["show_archived"]
