"""durable_state_two_tabs.py alone: last write wins loses tab A's
item; with the version check tab B is refused, reloads, and both
items are kept.

Put durable_state_two_tabs.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "durable_state_two_tabs.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture
def at(tmp_path, monkeypatch):
    monkeypatch.setenv("DURABLE_STATE_DIR", str(tmp_path))
    app = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert not app.exception
    return app


def click(at, key):
    return at.button(key=key).click().run()


def test_last_write_wins_loses_an_update(at):
    click(at, "durable_add_A")
    click(at, "durable_add_B")
    assert at.text[-1].value == "In the store: eggs"
    assert "**Lost updates: 1**" in at.markdown[-1].value


def test_the_version_check_refuses_the_stale_tab(at):
    at.toggle(key="durable_check").set_value(True).run()
    click(at, "durable_add_A")
    click(at, "durable_add_B")
    [info] = at.info
    assert info.value.startswith("Not saved: the list changed")
    assert at.text[-1].value == "In the store: milk"
    click(at, "durable_reload_B")
    click(at, "durable_add_B")
    assert at.text[-1].value == "In the store: milk, eggs"
    assert "**Lost updates: 0**" in at.markdown[-1].value


def test_start_over_empties_the_demo(at):
    click(at, "durable_add_A")
    click(at, "durable_start_over")
    assert at.text[-1].value == "In the store: (empty)"
    assert "**Lost updates: 0**" in at.markdown[-1].value
