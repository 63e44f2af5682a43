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


def csv_file(name, text):
    return (name, text.encode(), "text/csv")


def statuses(at):
    return at.dataframe[0].value["status"].tolist()


def test_every_file_gets_the_single_uploaders_checks():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    wide = ",".join(f"c{n}" for n in range(100_000)) + "\n"
    at.file_uploader[0].set_value(
        [
            csv_file("wide.csv", wide),
            csv_file("long.csv", "n\n" + "1\n" * 6_000),
            csv_file("mac.csv", "n\r" + "1\r" * 6_000),
            csv_file("field.csv", "a" * 200_000 + "\n"),
            csv_file("ok.csv", "x,y\n1,2\n"),
        ]
    ).run()
    assert not at.exception
    assert statuses(at) == [
        "more than 20 columns",
        "more than 5,000 rows",
        "more than 5,000 rows",
        "not a valid CSV",
        "loaded",
    ]
    kept = at.session_state["upl_loaded"].values()
    assert [item["table"] is None for item in kept] == [
        True, True, True, True, False
    ]  # fmt: skip


def test_only_the_first_five_files_are_read():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    files = [csv_file(f"{n}.csv", "x\n1\n") for n in range(8)]
    at.file_uploader[0].set_value(files).run()
    assert not at.exception
    assert at.session_state["upl_many_parses"] == 5
    assert len(at.session_state["upl_loaded"]) == 5
    [warning] = at.warning
    assert warning.value == (
        "Only the first 5 files are read; 3 more were left out."
    )


def test_clear_all_makes_a_new_empty_uploader():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.file_uploader[0].set_value([csv_file("a.csv", "x\n1\n")]).run()
    assert len(at.dataframe) == 1
    at.button[0].click().run()  # "Clear all"
    assert at.file_uploader[0].key == "upl_many_1"
    assert at.file_uploader[0].value == []
    assert at.session_state["upl_loaded"] == {}
    assert len(at.dataframe) == 0
