"""Test for shared_state_small.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "shared_state_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def fresh_module():
    # The module lives in the test process and outlives an AppTest.
    sys.modules.pop("counters", None)


def click(at):
    return at.button(key="shared_small_click").click().run()


def shown(at):
    return [m.value for m in at.markdown]


def test_session_state_is_per_tab_and_the_module_is_shared():
    a = AppTest.from_file(SNIPPET, default_timeout=30).run()
    b = AppTest.from_file(SNIPPET, default_timeout=30).run()
    click(click(a))
    click(b)
    assert shown(b) == [
        "This tab's clicks: 1",
        "The module's clicks, from every tab: 3",
    ]
    assert a.session_state["shared_small_clicks"] == 2
