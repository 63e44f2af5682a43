"""Test for uploads_small.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

# Needs Streamlit 1.56 or newer: AppTest has no file_uploader
# before it.

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "uploads_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
GOOD = ("a.csv", b"x,y\n1,2\n", "text/csv")
EMPTY = ("e.csv", b"", "text/csv")


def table(at):
    return (
        at.dataframe[0].value.to_dict("records")
        if at.dataframe
        else None
    )


def test_the_table_outlives_the_hidden_uploader():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.file_uploader[0].set_value(GOOD).run()
    assert table(at) == [{"x": 1, "y": 2}]
    at.toggle(key="upl_small_show").set_value(False).run()
    assert not at.file_uploader
    assert table(at) == [{"x": 1, "y": 2}]


def test_a_file_is_parsed_once_not_on_every_run():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.file_uploader[0].set_value(GOOD).run()
    parsed = at.session_state["upl_small_table"]
    at.run()
    assert at.session_state["upl_small_table"] is parsed


def test_a_bad_file_gets_a_message_and_the_old_table_stays():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.file_uploader[0].set_value(GOOD).run()
    at.file_uploader[0].set_value(EMPTY).run()
    assert [e.value for e in at.error] == [
        "That file is not a CSV table; it was not loaded."
    ]
    assert not at.exception
    assert table(at) == [{"x": 1, "y": 2}]
