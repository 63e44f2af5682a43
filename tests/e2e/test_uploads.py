"""Files and session state with real uploads from Chromium: the browser's own size and type
checks, the script's checks, hiding and clearing the uploader, several files, removing one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Locator, expect

from ops.streamlit_server import StreamlitServer

from .streamlit_page import ARTIFACTS, StreamlitPage, catalog_lesson, keyed

SLUG = "uploads"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Sample files a learner might pick: good, too big, wrong type, not text."""
    contents = {
        "sales.csv": b"region,sales\nEMEA,10\nAPAC,20\n",
        "more.csv": b"n\n1\n2\n3\n",
        "big.csv": b"a,b\n" + b"123456789,123456789\n" * 60_000,  # 1.2 MB
        "notes.txt": b"hello",
        "photo.csv": b"\x89PNG\r\n\x1a\n\x00\xff\xfe",
    }
    for name, data in contents.items():
        (tmp_path / name).write_bytes(data)
    return {name: tmp_path / name for name in contents}


def uploader(app: StreamlitPage, label: str) -> Locator:
    return app.main.get_by_test_id("stFileUploader").filter(
        has=app.page.get_by_text(label, exact=True)
    )


def file_input(app: StreamlitPage, label: str) -> Locator:
    return uploader(app, label).locator("input[type=file]")


def parsed(app: StreamlitPage) -> Locator:
    """The single-file snippet's parse count (the several-files snippet has its own below)."""
    return app.main.get_by_text(re.compile(r"^Files parsed so far: \d+$")).first


def test_a_csv_is_parsed_once_bad_files_get_a_message_and_lose_nothing(app, files):
    app.open_lesson(catalog_lesson(SLUG))
    with app.rerun():
        file_input(app, "CSV file").set_input_files(files["sales.csv"])
    expect(app.main.get_by_text("Loaded: sales.csv", exact=True)).to_be_visible()
    expect(parsed(app)).to_have_text("Files parsed so far: 1")
    app.expect_inspector("upl_table", "2 rows × 2 columns: region, sales")
    table = app.main.get_by_test_id("stDataFrame").first
    # Any other interaction reruns the script: the same file comes back, it is not parsed again.
    with app.rerun():
        file_input(app, "CSV files").set_input_files(files["more.csv"])
    app.expect_inspector("upl_many_parses", "1")
    expect(parsed(app)).to_have_text("Files parsed so far: 1")

    # Too big and wrong type: the browser refuses them before the server sees them.
    file_input(app, "CSV file").set_input_files(files["big.csv"])
    expect(uploader(app, "CSV file")).to_contain_text("File must be 1.0MB or smaller.")
    file_input(app, "CSV file").set_input_files(files["notes.txt"])
    expect(uploader(app, "CSV file")).to_contain_text("text/plain files are not allowed.")
    expect(parsed(app)).to_have_text("Files parsed so far: 1")
    expect(app.main.get_by_text("Loaded: sales.csv", exact=True)).to_be_visible()
    expect(table).to_be_visible()

    # Files the browser accepts and the script refuses (a message, the table kept) reach the
    # script as any upload does: tests/test_uploads.py sends each of them under AppTest.
    app.assert_clean()


def test_hiding_the_uploader_forgets_the_file_not_the_table(app, files):
    app.open_lesson(catalog_lesson(SLUG))
    with app.rerun():
        file_input(app, "CSV file").set_input_files(files["sales.csv"])
    expect(uploader(app, "CSV file")).to_contain_text("sales.csv")
    switch = keyed(app.main, "upl_show")  # the small demo above has a switch of the same label
    app.click(switch.locator("label"))
    expect(uploader(app, "CSV file")).to_have_count(0)
    app.click(switch.locator("label"))
    expect(uploader(app, "CSV file")).to_be_visible()
    expect(uploader(app, "CSV file")).not_to_contain_text("sales.csv")
    expect(app.main.get_by_text("Loaded: sales.csv", exact=True)).to_be_visible()
    expect(parsed(app)).to_have_text("Files parsed so far: 1")
    # Clear: a new key, an empty uploader, the table gone.
    with app.rerun():
        file_input(app, "CSV file").set_input_files(files["more.csv"])
    app.click(app.button("Clear"))
    expect(uploader(app, "CSV file")).not_to_contain_text("more.csv")
    expect(app.main.get_by_text(re.compile(r"^Loaded: "))).to_have_count(0)
    app.expect_inspector("upl_round", "1")
    app.assert_clean()


def test_several_files_one_bad_one_removed(app, files):
    app.open_lesson(catalog_lesson(SLUG))
    many = uploader(app, "CSV files")
    with app.rerun():
        file_input(app, "CSV files").set_input_files(
            [files["sales.csv"], files["photo.csv"], files["more.csv"], files["big.csv"]]
        )
    summary = app.main.get_by_test_id("stDataFrame").filter(has_text="status").last
    expect(many).to_contain_text("File must be 1.0MB or smaller.")  # big.csv never sent
    app.expect_inspector("upl_many_parses", "3")
    loaded = app.inspector_values()["upl_loaded"]
    # {file id: {name, table, problem}}, cut to the inspector's width
    assert loaded.startswith("{'") and "'table': DataFrame(2×2)" in loaded
    with app.rerun():
        many.get_by_role("button", name="Remove photo.csv").click()
    expect(many).not_to_contain_text("photo.csv")
    app.expect_inspector("upl_many_parses", "3")  # the others were not parsed again
    expect(summary).to_be_visible()
    app.assert_clean()


DELETE_KEY_APP = """
import streamlit as st

def forget():
    del st.session_state.up

f = st.file_uploader("File", key="up")
st.text(f"server has: {f.name if f else 'nothing'}")
st.button("Delete the key", on_click=forget)
st.button("Rerun")
"""


def test_deleting_an_uploader_key_empties_the_server_side_only(page, files, tmp_path):
    script = tmp_path / "delete_key_app.py"
    script.write_text(DELETE_KEY_APP, encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    with StreamlitServer(script, log_path=ARTIFACTS / "uploads-delete-key.log") as server:
        app = StreamlitPage(page)
        page.goto(server.url)
        app.wait_until_idle()
        with app.rerun():
            app.main.locator("input[type=file]").set_input_files(files["sales.csv"])
        status = app.main.get_by_text(re.compile(r"^server has: "))
        expect(status).to_have_text("server has: sales.csv")
        app.click(app.button("Delete the key"))
        expect(status).to_have_text("server has: nothing")
        uploaded = app.main.get_by_test_id("stFileUploader")
        expect(uploaded).to_contain_text("sales.csv")  # the browser still shows it
        app.click(app.button("Rerun"))
        expect(status).to_have_text("server has: sales.csv")  # and sends it again
        app.assert_clean()


SIZE_APP = """
import streamlit as st

small = st.file_uploader("Small", key="small", max_upload_size=1)
"""
BIG = b"a\n" + b"1\n" * 600_000  # 1.2 MB


@pytest.mark.parametrize(("server_limit", "status"), [(None, 204), (1, 413)])
def test_the_server_enforces_server_max_upload_size_not_the_widget_limit(
    page, tmp_path, server_limit, status
):
    """Replays the browser's own upload request with a 1.2 MB file, as a client that skips
    the browser's check would: the widget's max_upload_size=1 is not checked by the server."""
    script = tmp_path / "size_app.py"
    script.write_text(SIZE_APP, encoding="utf-8")
    extra = [] if server_limit is None else ["--server.maxUploadSize", str(server_limit)]
    log = ARTIFACTS / f"uploads-size-{server_limit}.log"
    ARTIFACTS.mkdir(exist_ok=True)
    with StreamlitServer(script, log_path=log, extra_args=extra) as server:
        app = StreamlitPage(page)
        page.goto(server.url)
        app.wait_until_idle()
        with page.expect_request(re.compile(r"/_stcore/upload_file/[^/]+/[^/]+$")) as sent:
            with app.rerun():
                app.main.locator("input[type=file]").set_input_files(
                    files=[{"name": "tiny.csv", "mimeType": "text/csv", "buffer": b"a\n1\n"}]
                )
        request = sent.value
        assert request.method == "PUT"
        other_file = request.url.rsplit("/", 1)[0] + "/another-file-id"
        response = page.request.put(
            other_file,
            multipart={"file": {"name": "big.csv", "mimeType": "text/csv", "buffer": BIG}},
            headers={"X-Xsrftoken": request.headers["x-xsrftoken"]},
        )
        assert response.status == status, response.text()
