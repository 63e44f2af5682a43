"""The dialogs lesson in Chromium: open, submit, dismiss, and what the dialog's widgets hold
when it is opened again. Only a browser can press a button inside a dialog (under AppTest the
dialog function is not called again, so its `if st.button(...)` never sees True) and only a
browser dismisses one with Esc.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, expect

from .run_log import FRAGMENT_RUN, FULL_RUN, RunLog
from .streamlit_page import StreamlitPage, catalog_lesson, keyed
from .streamlit_page import open_tab as tab

LESSON = catalog_lesson("dialogs")


@pytest.fixture
def lesson(app: StreamlitPage) -> tuple[StreamlitPage, RunLog]:
    return RunLog.open_lesson(app, LESSON)


def dialog(app: StreamlitPage) -> Locator:
    return app.page.get_by_role("dialog")


def press_escape(app: StreamlitPage) -> None:
    app.page.keyboard.press("Escape")
    expect(dialog(app)).to_have_count(0)


def test_confirm_delete_and_cancel(lesson):
    app, _ = lesson
    panel = tab(app, "Confirm a delete")
    app.click(keyed(panel, "dlg_delete_2").get_by_role("button"))
    expect(dialog(app)).to_contain_text("Delete this item?")
    expect(dialog(app).get_by_text("Bread will leave the list.")).to_be_visible()
    app.click(dialog(app).get_by_role("button", name="Delete", exact=True))
    expect(dialog(app)).to_have_count(0)
    expect(panel.get_by_test_id("stText")).to_have_text(["Apples", "Coffee"])
    expect(panel.get_by_text("Deleted Bread.", exact=True)).to_be_visible()

    app.click(keyed(panel, "dlg_delete_1").get_by_role("button"))
    app.click(dialog(app).get_by_role("button", name="Cancel"))
    expect(dialog(app)).to_have_count(0)
    expect(panel.get_by_test_id("stText")).to_have_text(["Apples", "Coffee"])
    expect(panel.get_by_text("Kept Apples.", exact=True)).to_be_visible()
    app.assert_clean()


def test_edit_saves_refuses_an_empty_name_and_discards_a_dismissed_draft(lesson):
    app, log = lesson
    panel = tab(app, "Edit an item")
    item = panel.get_by_test_id("stText")
    edit = keyed(panel, "dlg_edit").get_by_role("button")
    app.click(edit)
    name, price = dialog(app).get_by_label("Name"), dialog(app).get_by_label("Price")
    expect(name).to_have_value("Desk lamp")
    app.enter_text(name, "Floor lamp")
    app.enter_text(price, "40")
    app.click(dialog(app).get_by_role("button", name="Save"))
    expect(dialog(app)).to_have_count(0)
    expect(item).to_have_text("Floor lamp: 40.00 EUR")

    # Bad input: the dialog stays open with the message, the item is untouched. The click
    # reran only the dialog (a fragment), and no st.rerun() followed, so it did not close.
    app.click(edit)
    expect(name).to_have_value("Floor lamp")  # opened again from the saved item
    app.enter_text(name, "   ")
    mark = log.mark()
    app.click(dialog(app).get_by_role("button", name="Save"))
    assert log.ends_since(mark) == [FRAGMENT_RUN]
    expect(dialog(app).get_by_text("The name cannot be empty.")).to_be_visible()
    expect(item).to_have_text("Floor lamp: 40.00 EUR")
    # A name typed (and committed) clears the message before any Save.
    app.enter_text(name, "Desk")
    expect(dialog(app).get_by_text("The name cannot be empty.")).to_have_count(0)

    # Esc with on_dismiss="rerun": the draft is thrown away with the dialog's widgets.
    app.enter_text(name, "Half-typed")
    with app.rerun():
        app.page.keyboard.press("Escape")
    expect(dialog(app)).to_have_count(0)
    app.click(edit)
    expect(name).to_have_value("Floor lamp")
    expect(dialog(app).get_by_text("The name cannot be empty.")).to_have_count(0)
    app.assert_clean()


def page_runs(panel: Locator) -> tuple[int, int]:
    text = panel.get_by_text(re.compile(r"^Page runs: \d+ · dismissals counted: \d+$"))
    runs, dismissals = re.findall(r"\d+", text.inner_text())
    return int(runs), int(dismissals)


def open_draft(app: StreamlitPage, panel: Locator) -> Locator:
    app.click(keyed(panel, "dlg_open").get_by_role("button"))
    draft = dialog(app).get_by_label("Draft")
    expect(draft).to_be_visible()
    return draft


def choose(app: StreamlitPage, panel: Locator, mode: str) -> None:
    app.click(keyed(panel, "dlg_mode").get_by_text(mode, exact=True))


def test_on_dismiss_ignore_keeps_the_draft_and_does_not_rerun(lesson):
    app, log = lesson
    panel = tab(app, "Dismissing")
    draft = open_draft(app, panel)
    expect(dialog(app).get_by_role("button", name="Close")).to_have_count(1)  # the X
    app.enter_text(draft, "kept?")
    before = page_runs(panel)
    mark = log.mark()
    press_escape(app)
    app.page.wait_for_timeout(1_500)  # time for a rerun to be asked for, if there were one
    assert log.requests_since(mark) == []
    assert page_runs(panel) == before
    draft = open_draft(app, panel)
    expect(draft).to_have_value("kept?")
    # A click outside dismisses it too, still without a rerun.
    mark = log.mark()
    app.page.mouse.click(5, 450)
    expect(dialog(app)).to_have_count(0)
    app.page.wait_for_timeout(1_500)
    assert log.requests_since(mark) == []
    draft = open_draft(app, panel)
    expect(draft).to_have_value("kept?")
    # Done calls st.rerun(): the next run does not call the dialog, whose widgets go with it.
    app.click(dialog(app).get_by_role("button", name="Done"))
    expect(dialog(app)).to_have_count(0)
    expect(open_draft(app, panel)).to_have_value("")
    app.assert_clean()


def type_without_committing(draft: Locator, text: str) -> None:
    """Type into the draft without Enter and keep the focus in it: nothing is sent yet."""
    draft.fill(text)
    expect(draft).to_be_focused()


def reopen_after(app: StreamlitPage, log: RunLog, panel: Locator, mark: tuple[int, int]) -> Locator:
    """Open the dialog again; check that the only request since `mark` other than the
    opening click's was the draft's commit, if any; return the draft field."""
    draft = open_draft(app, panel)
    *earlier, opening = log.requests_since(mark)
    assert opening.fragment_id == "" and len(opening.triggers) == 1, opening
    assert all(r.fragment_id for r in earlier), earlier  # no full run in between
    return draft


def draft_sent(log: RunLog, mark: tuple[int, int], text: str) -> bool:
    return any(text in dict(r.values).values() for r in log.requests_since(mark))


def test_esc_loses_an_uncommitted_draft_the_x_and_a_click_outside_keep_it(lesson):
    app, log = lesson
    panel = tab(app, "Dismissing")  # on_dismiss="ignore", the default
    runs, _ = page_runs(panel)

    # Esc: the dialog closes with the typed text never sent, so it is gone.
    type_without_committing(open_draft(app, panel), "typed, then Esc")
    mark = log.mark()
    press_escape(app)
    draft = reopen_after(app, log, panel, mark)
    assert not draft_sent(log, mark, "typed, then Esc")
    expect(draft).to_have_value("")

    # The X: pressing it takes the focus from the field, which sends the draft (a rerun of
    # the dialog only), then the dialog closes without a rerun.
    type_without_committing(draft, "typed, then X")
    mark = log.mark()
    with app.rerun():
        dialog(app).get_by_role("button", name="Close").click()
    expect(dialog(app)).to_have_count(0)
    assert log.ends_since(mark) == [FRAGMENT_RUN]
    draft = reopen_after(app, log, panel, mark)
    assert draft_sent(log, mark, "typed, then X")
    expect(draft).to_have_value("typed, then X")

    # A click outside: the same.
    type_without_committing(draft, "typed, then outside")
    mark = log.mark()
    with app.rerun():
        app.page.mouse.click(5, 450)
    expect(dialog(app)).to_have_count(0)
    assert log.ends_since(mark) == [FRAGMENT_RUN]
    draft = reopen_after(app, log, panel, mark)
    assert draft_sent(log, mark, "typed, then outside")
    expect(draft).to_have_value("typed, then outside")

    # No dismissal reran the page: only the four openings did.
    assert page_runs(panel)[0] == runs + 4
    app.assert_clean()


def test_on_dismiss_rerun_drops_the_draft(lesson):
    app, log = lesson
    panel = tab(app, "Dismissing")
    choose(app, panel, "rerun")
    draft = open_draft(app, panel)
    app.enter_text(draft, "gone?")
    runs, dismissals = page_runs(panel)
    mark = log.mark()
    app.click(dialog(app).get_by_role("button", name="Close"))  # the X this time
    expect(dialog(app)).to_have_count(0)
    assert log.ends_since(mark) == [FULL_RUN]
    assert page_runs(panel) == (runs + 1, dismissals)
    expect(open_draft(app, panel)).to_have_value("")
    app.assert_clean()


def test_dismiss_sends_a_trigger_for_the_dialog(lesson):
    # tests/test_dialogs.py replays exactly this message under AppTest.
    app, log = lesson
    panel = tab(app, "Dismissing")
    choose(app, panel, "callback")
    open_draft(app, panel)
    runs, dismissals = page_runs(panel)
    mark = log.mark()
    with app.rerun():
        app.page.keyboard.press("Escape")
    [request] = log.requests_since(mark)
    assert request.fragment_id == ""  # a full rerun...
    assert len(request.triggers) == 1  # ...carrying one trigger: the dialog's
    assert request.triggers[0].startswith("$$ID-")
    # The callback ran first, then the page, which already shows the new count.
    assert page_runs(panel) == (runs + 1, dismissals + 1)
    app.assert_clean()


def test_not_dismissible_has_no_close_button_and_ignores_escape(lesson):
    app, log = lesson
    panel = tab(app, "Dismissing")
    app.click(keyed(panel, "dlg_locked").get_by_text("dismissible=False"))
    open_draft(app, panel)
    expect(dialog(app).get_by_role("button", name="Close")).to_have_count(0)
    mark = log.mark()
    app.page.keyboard.press("Escape")
    app.page.mouse.click(5, 450)  # outside the dialog
    app.page.wait_for_timeout(1_000)
    expect(dialog(app)).to_be_visible()
    assert log.requests_since(mark) == []
    app.click(dialog(app).get_by_role("button", name="Done"))
    expect(dialog(app)).to_have_count(0)
    app.assert_clean()
