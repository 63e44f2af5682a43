"""Several files: each parsed once, a bad one stops nothing.

Put uploads_many.py beside this file, or one folder up if this file
is in tests/, and run pytest."""

# Needs Streamlit 1.56 or newer: AppTest has no file_uploader
# before it.

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "uploads_many.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_each_file_parsed_once_bad_one_reported():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.file_uploader[0].set_value(
        [
            ("a.csv", b"x\n1\n2\n", "text/csv"),
            ("b.csv", b"\xff\xfe\x00", "text/csv"),
        ]
    ).run()
    at.run()
    assert not at.exception
    assert at.session_state["upl_many_parses"] == 2
    status = at.dataframe[0].value["status"].tolist()
    assert status == ["loaded", "not UTF-8 text"]
