"""Test for serializable_explorer.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

import pickle
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "serializable_explorer.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
PICKLABLE = ["dict", "DataFrame", "date"]
NOT_PICKLABLE = ["lambda", "lock", "generator"]


def store(kind):
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.radio(key="ser_kind").set_value(kind).run()
    at.button[0].click().run()
    return at


@pytest.mark.parametrize("kind", PICKLABLE)
def test_a_picklable_value_is_stored(kind):
    at = store(kind)
    pickle.dumps(at.session_state["ser_value"])
    assert at.success[0].value == f"Stored the {kind} as `ser_value`."


@pytest.mark.parametrize("kind", NOT_PICKLABLE)
def test_an_unpicklable_value_is_refused(kind):
    at = store(kind)
    assert "ser_value" not in at.session_state
    assert at.error[0].value.startswith("Not stored")
