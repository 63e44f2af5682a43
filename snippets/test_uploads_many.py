"""Several files: each parsed once, a bad one stops nothing."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SCRIPT = Path(__file__).with_name("uploads_many.py")


def test_each_file_parsed_once_bad_one_reported():
    at = AppTest.from_file(str(SCRIPT), default_timeout=30).run()
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
