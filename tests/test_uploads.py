"""Files and session state: parse once, keep the result, clear by key, several files, bad files,
each on its snippet alone (the page adds nothing to them but the read-only error's frame).

AppTest sends files straight to the script, past the browser's own checks (size, type), so
these tests also show what the script's checks do with a file the browser would have refused.
Real uploads from Chromium are in tests/e2e/test_uploads.py."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import TIMEOUT, click, exception_type, open_lesson, open_snippet
from streamlit.testing.v1 import AppTest

from app.catalog.search import search_lessons

GOOD = ("sales.csv", b"region,sales\nEMEA,10\nAPAC,20\n", "text/csv")
WIDE = ("wide.csv", (",".join(f"c{i}" for i in range(30)) + "\n").encode(), "text/csv")
LONG = ("long.csv", b"n\n" + b"1\n" * 6000, "text/csv")
RAGGED = ("ragged.csv", b"a,b\n1,2\n1,2,3,4\n", "text/csv")
BINARY = ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "text/csv")
EMPTY = ("empty.csv", b"", "text/csv")
HUGE = ("huge.csv", b"a\n" + b"1\n" * 600_000, "text/csv")  # 1.2 MB: over max_upload_size


def csv_uploader(at: AppTest):  # noqa: ANN201 (AppTest's FileUploader)
    return next(u for u in at.main.file_uploader if u.key.startswith("upl_csv_"))


def upload(at: AppTest, file: tuple[str, bytes, str]) -> AppTest:
    csv_uploader(at).set_value(file)
    return at.run()


def errors(at: AppTest) -> list[str]:
    """The upload messages (the page also shows the read-only snippet's error box)."""
    return [e.value for e in at.main.error if e.value.startswith("That file")]


def parse_count(at: AppTest) -> str:
    return next(c.value for c in at.main.caption if c.value.startswith("Files parsed"))


def test_a_csv_is_parsed_once_and_the_table_kept():
    at = open_snippet("uploads_csv.py").run()
    upload(at, GOOD)
    assert not at.exception
    table = at.session_state["upl_table"]
    assert table.to_dict("records") == [
        {"region": "EMEA", "sales": 10},
        {"region": "APAC", "sales": 20},
    ]
    assert at.session_state["upl_parses"] == 1
    assert at.session_state["upl_file_id"] == csv_uploader(at).value.file_id
    shown = next(d for d in at.main.dataframe if list(d.value.columns) == ["region", "sales"])
    assert shown.value.equals(table)
    assert "Loaded: sales.csv" in [t.value for t in at.main.text]
    # Reruns from anything else on the page return the same file: no new parse.
    at.run()
    at.toggle(key="upl_show").set_value(True).run()
    assert at.session_state["upl_parses"] == 1
    assert parse_count(at) == "Files parsed so far: 1"


def test_uploading_again_is_a_new_file_id_and_a_new_parse():
    at = open_snippet("uploads_csv.py").run()
    upload(at, GOOD)
    first = at.session_state["upl_file_id"]
    upload(at, GOOD)
    assert at.session_state["upl_file_id"] != first
    assert at.session_state["upl_parses"] == 2


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (WIDE, "More than 20 columns."),
        (LONG, "More than 5,000 rows."),
        (RAGGED, "Rows do not match the header."),
        (BINARY, "This is not a UTF-8 text file."),
        (EMPTY, "The file is empty."),
        (HUGE, "Larger than 1 MB."),
    ],
    ids=lambda v: v[0] if isinstance(v, tuple) else None,
)
def test_a_bad_file_gets_a_message_and_loses_nothing(bad, message):
    at = open_snippet("uploads_csv.py").run()
    upload(at, GOOD)
    before = at.session_state["upl_table"]
    upload(at, bad)
    assert not at.exception
    assert errors(at) == [f"That file was not loaded: {message}"]
    assert at.session_state["upl_table"] is before  # the good table is still there
    assert "Loaded: sales.csv" in [t.value for t in at.main.text]
    assert at.session_state["upl_parses"] == 2
    # A good file afterwards replaces the table and the message goes away.
    upload(at, GOOD)
    assert errors(at) == [] and at.session_state["upl_parses"] == 3


def test_columns_are_counted_before_pandas_and_rows_read_one_past_the_limit(monkeypatch):
    calls = []
    real_read_csv = pd.read_csv

    def spy(*args, **kwargs):
        calls.append(kwargs.get("nrows"))
        return real_read_csv(*args, **kwargs)

    monkeypatch.setattr(pd, "read_csv", spy)
    at = open_snippet("uploads_csv.py").run()
    upload(at, WIDE)
    assert errors(at) == ["That file was not loaded: More than 20 columns."] and calls == []
    upload(at, LONG)  # 6,000 rows: pandas reads 5,001 of them and stops
    assert errors(at) == ["That file was not loaded: More than 5,000 rows."] and calls == [5001]
    upload(at, GOOD)
    assert len(calls) == 2 and errors(at) == []


def test_a_file_name_is_shown_as_text_not_markdown():
    at = open_snippet("uploads_csv.py").run()
    upload(at, ("**bold** <b>x</b>.csv", GOOD[1], "text/csv"))
    assert "Loaded: **bold** <b>x</b>.csv" in [t.value for t in at.main.text]
    rendered_as_markdown = [el.value for el in at.main.markdown] + [
        str(el.value) for el in (*at.main.success, *at.main.error, *at.main.caption)
    ]
    assert not any("<b>x</b>" in text for text in rendered_as_markdown)


def test_hidden_uploader_forgets_the_file_the_table_stays():
    at = open_snippet("uploads_csv.py").run()
    upload(at, GOOD)
    key = csv_uploader(at).key
    assert key in at.session_state
    at.toggle(key="upl_show").set_value(False).run()
    assert not [u for u in at.main.file_uploader if u.key == key]
    at.run()  # the first run without the uploader dropped its value
    assert key not in at.session_state
    at.toggle(key="upl_show").set_value(True).run()
    assert csv_uploader(at).value is None
    assert at.session_state["upl_table"].shape == (2, 2)
    assert "Loaded: sales.csv" in [t.value for t in at.main.text]


def test_removing_the_file_keeps_the_table():
    at = open_snippet("uploads_csv.py").run()
    upload(at, GOOD)
    csv_uploader(at).set_value(None)
    at.run()
    assert csv_uploader(at).value is None
    assert at.session_state["upl_table"].shape == (2, 2)
    assert "Loaded: sales.csv" in [t.value for t in at.main.text]


def test_clear_gives_the_uploader_a_new_key():
    at = open_snippet("uploads_csv.py").run()
    upload(at, GOOD)
    upload(at, WIDE)
    old_key = csv_uploader(at).key
    click(at, "Clear")
    uploader = csv_uploader(at)
    assert uploader.key != old_key and uploader.value is None
    assert at.session_state["upl_round"] == 1
    assert "upl_table" not in at.session_state and errors(at) == []
    at.run()
    assert old_key not in at.session_state
    upload(at, GOOD)  # the new uploader works like the old one
    assert at.session_state["upl_table"].shape == (2, 2)


# Read-only ---------------------------------------------------------------------------------

READ_ONLY = "streamlit.errors.StreamlitValueAssignmentNotAllowedError"


def test_writing_the_uploader_key_raises_the_real_error():
    at = open_snippet("uploads_read_only_broken.py").run()
    assert exception_type(at) == READ_ONLY
    assert at.exception[0].message.startswith("`st.session_state['upl_photo']` is read-only")
    # Through the lesson the frame shows that error, and the rest of the page still runs.
    at = open_lesson("uploads")
    shown = [e.value for e in at.main.error if "StreamlitValueAssignmentNotAllowedError" in e.value]
    assert len(shown) == 1 and "`st.session_state['upl_photo']` is read-only" in shown[0]
    assert any(u.key == "upl_many_0" for u in at.main.file_uploader)


def test_writing_the_uploader_key_in_a_callback_raises_too():
    script = (
        "import streamlit as st\n"
        "def clear():\n"
        "    st.session_state.up = None\n"
        "st.file_uploader('File', key='up')\n"
        "st.button('Clear', on_click=clear)\n"
    )
    at = AppTest.from_string(script, default_timeout=TIMEOUT).run()
    at.file_uploader[0].set_value(GOOD).run()
    at.button[0].click().run()
    assert exception_type(at) == READ_ONLY


def test_a_kept_uploaded_file_keeps_its_bytes_in_the_session():
    script = (
        "import streamlit as st\n"
        "if st.session_state.get('show', True):\n"
        "    f = st.file_uploader('File', key='up')\n"
        "    if f is not None:\n"
        "        st.session_state.kept = f\n"
    )
    at = AppTest.from_string(script, default_timeout=TIMEOUT).run()
    at.file_uploader[0].set_value(GOOD).run()
    at.session_state["show"] = False
    at.run()
    at.run()
    assert "up" not in at.session_state
    assert at.session_state["kept"].getvalue() == GOOD[1]


def test_the_server_rejects_a_wrong_extension_before_the_script_runs():
    at = open_snippet("uploads_csv.py").run()
    upload(at, GOOD)
    upload(at, ("notes.txt", b"hello", "text/plain"))
    assert exception_type(at) == "streamlit.errors.StreamlitAPIException"
    assert "Invalid file extension: `.txt`" in at.exception[0].message
    assert at.session_state["upl_table"].shape == (2, 2)  # nothing else lost
    assert at.session_state["upl_parses"] == 1  # the script never saw the file


# Several files -----------------------------------------------------------------------------


def many(at: AppTest):  # noqa: ANN201
    return next(u for u in at.main.file_uploader if u.key.startswith("upl_many_"))


def many_table(at: AppTest) -> list[dict]:
    frame = next(d for d in at.main.dataframe if "status" in d.value.columns).value
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def test_several_files_each_parsed_once_one_bad_file_stops_nothing():
    at = open_snippet("uploads_many.py").run()
    many(at).set_value([GOOD, BINARY, ("b.csv", b"x\n1\n2\n3\n", "text/csv"), HUGE])
    at.run()
    assert not at.exception
    assert many_table(at) == [
        {"file": "sales.csv", "rows": 2.0, "status": "loaded"},
        {"file": "photo.csv", "rows": None, "status": "not UTF-8 text"},
        {"file": "b.csv", "rows": 3.0, "status": "loaded"},
        {"file": "huge.csv", "rows": None, "status": "larger than 1 MB"},
    ]
    assert at.session_state["upl_many_parses"] == 4
    at.run()
    at.run()
    assert at.session_state["upl_many_parses"] == 4


def test_a_removed_file_is_dropped_new_ones_parsed():
    at = open_snippet("uploads_many.py").run()
    many(at).set_value([GOOD, ("b.csv", b"x\n1\n", "text/csv")])
    at.run()
    loaded = at.session_state["upl_loaded"]
    assert [item["name"] for item in loaded.values()] == ["sales.csv", "b.csv"]
    many(at).set_value([("c.csv", b"y\n1\n2\n", "text/csv")])
    at.run()
    assert [item["name"] for item in at.session_state["upl_loaded"].values()] == ["c.csv"]
    assert at.session_state["upl_many_parses"] == 3
    many(at).set_value(None)
    at.run()
    assert at.session_state["upl_loaded"] == {}
    assert not [d for d in at.main.dataframe if "status" in d.value.columns]


@pytest.mark.parametrize("word", ["upload", "file", "file_uploader", "upload file"])
def test_search_finds_the_lesson(word):
    assert "uploads" in [lesson.slug for lesson in search_lessons(word)]
