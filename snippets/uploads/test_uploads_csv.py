"""Parse once by file_id, keep the table, refuse bad files with a
message, clear by a new key.

Put uploads_csv.py beside this file, or one folder up if this file
is in tests/, and run pytest."""

# Needs Streamlit 1.56 or newer: AppTest has no file_uploader
# before it.

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "uploads_csv.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
GOOD = ("a.csv", b"x,y\n1,2\n", "text/csv")
WIDE = ("w.csv", (",".join("c" * 30) + "\n").encode(), "text/csv")


def test_parse_once_keep_table_refuse_bad_file():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.file_uploader[0].set_value(GOOD).run()
    at.run()
    assert at.session_state["upl_parses"] == 1
    table = at.session_state["upl_table"]
    assert table.to_dict("records") == [{"x": 1, "y": 2}]
    at.file_uploader[0].set_value(WIDE).run()
    assert not at.exception
    assert at.error[0].value.endswith("More than 20 columns.")
    assert at.session_state["upl_table"] is table


def test_clear_makes_a_new_empty_uploader():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.file_uploader[0].set_value(GOOD).run()
    at.button[0].click().run()  # "Clear"
    assert at.file_uploader[0].key == "upl_csv_1"
    assert at.file_uploader[0].value is None
    # Nothing of the cleared file is left: its table, name and id.
    for key in ("upl_table", "upl_name", "upl_file_id"):
        assert key not in at.session_state
    assert at.caption[0].value == "Files parsed so far: 1"
    at.file_uploader[0].set_value(GOOD).run()  # the same file again
    assert at.session_state["upl_parses"] == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"a" * 200_000 + b"\n", "This is not a valid CSV file."),
        (b"n\r" + b"1\r" * 6_000, "More than 5,000 rows."),
    ],
    ids=["one-huge-field", "carriage-return-rows"],
)
def test_a_bad_file_gets_a_message_not_a_traceback(data, message):
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.file_uploader[0].set_value(("bad.csv", data, "text/csv")).run()
    assert not at.exception
    assert at.error[0].value.endswith(message)
    assert "upl_table" not in at.session_state
