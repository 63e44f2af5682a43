"""what_survives_stores.py alone.

One button stores a value in nine places; a rerun keeps them all; a
run without the widgets drops only the plain keyed widget; a bad
token in the URL is replaced.

Put what_survives_stores.py beside this file, or one folder up if
this file is in tests/, and run pytest.
"""

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "what_survives_stores.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
TOKEN = r"[\w-]{22}"
HIDDEN = "Widgets not drawn in this run. Press Rerun."
LABELS = [
    "plain key",
    "keyed widget",
    'persist_state="page"',
    'persist_state="session"',
    'bind="query-params"',
    "cache_data",
    'scope="session" cache',
    "cache_resource",
    "durable store",
]


@pytest.fixture(autouse=True)
def _own_store(tmp_path, monkeypatch):
    monkeypatch.setenv("SURVIVE_DB", str(tmp_path / "store.sqlite3"))


def readout(at):
    lines = at.code[0].value.splitlines()
    return {line[:24].strip(): line[24:].strip() for line in lines}


def press(at, label):
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, [e.value for e in at.exception]


def test_first_run_has_a_token_and_nothing_of_its_own():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert not at.exception
    shown = readout(at)
    assert list(shown) == LABELS
    assert shown["plain key"] == "—"
    assert shown["durable store"] == "—"
    token = at.query_params["survive_token"]
    assert re.fullmatch(TOKEN, token)
    assert not at.warning


def test_store_then_rerun_keeps_every_value():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    press(at, "Store a new value everywhere")
    value = readout(at)["plain key"]
    assert re.fullmatch(r"[0-9a-f]{4}", value)
    assert set(readout(at).values()) == {value}
    press(at, "Rerun")
    assert set(readout(at).values()) == {value}
    assert not at.warning


def test_hiding_the_widgets_drops_the_plain_keyed_one():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    press(at, "Store a new value everywhere")
    value = readout(at)["plain key"]
    press(at, "Hide widgets for one run")
    assert not at.text_input
    assert at.info[0].value == HIDDEN
    press(at, "Rerun")
    shown = readout(at)
    assert shown.pop("keyed widget") == "—"
    assert set(shown.values()) == {value}


def test_a_malformed_token_is_replaced():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.query_params["survive_token"] = "<b>not a token</b>"
    at.run()
    assert not at.exception
    token = at.query_params["survive_token"]
    assert re.fullmatch(TOKEN, token)
