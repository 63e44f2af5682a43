"""Snippet tools in a real browser: the download is the file shown, the copy button copies it
(issue 5, point 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from components.catalog import LESSONS


@pytest.mark.browser_context_args(permissions=["clipboard-read", "clipboard-write"])
@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_download_and_copy_give_exactly_the_snippet_file(app, lesson, tmp_path):
    app.open_lesson(lesson)
    blocks = app.main.get_by_test_id("stCode")
    copied: list[str] = []
    for index in range(blocks.count()):
        block = blocks.nth(index)
        block.hover()
        copy = block.get_by_role("button", name="Copy to clipboard")
        expect(copy).to_have_count(1)
        copy.click()
        copied.append(app.page.evaluate("() => navigator.clipboard.readText()"))
    for snippet in lesson.snippets:
        source = snippet.path.read_text(encoding="utf-8")
        # st.code drops the file's final newline; otherwise the copy is the file, unchanged.
        assert source.rstrip("\n") in copied, f"no copy button copies {snippet.file}"
        button = app.main.get_by_role("button", name=f"Download {snippet.file}", exact=True)
        with app.page.expect_download() as download_info:
            button.click()
        download = download_info.value
        assert download.suggested_filename == snippet.file
        saved = tmp_path / snippet.file
        download.save_as(saved)
        assert Path(saved).read_bytes() == snippet.path.read_bytes()
    app.assert_clean()
