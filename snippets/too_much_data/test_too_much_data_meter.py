"""Test for too_much_data_meter.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

import pickle
from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "too_much_data_meter.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_meter_shows_each_keys_pickled_size():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.session_state["numbers"] = list(range(1000))
    at.session_state["_helper"] = "left out"
    at.run()
    size = len(pickle.dumps(list(range(1000))))
    table = at.dataframe[0].value
    assert table.to_dict("records") == [
        {"key": "numbers", "bytes": size}
    ]
    assert at.metric[0].value == f"{size:,} bytes"


def test_an_unpicklable_value_has_no_size():
    at = AppTest.from_file(SNIPPET, default_timeout=30)
    at.session_state["fn"] = lambda x: x
    at.run()
    table = at.dataframe[0].value
    assert table["bytes"].isna().all()
    assert at.metric[0].value == "0 bytes"
