"""The testing lesson in a real browser: what AppTest does not show the way a browser does."""

from __future__ import annotations

from playwright.sync_api import expect

from .streamlit_page import lesson_or_skip


def open_testing(app):
    lesson = lesson_or_skip("testing")
    app.open(lesson.slug)
    expect(app.main.get_by_role("heading", level=1)).to_have_text(lesson.title)


def demo(app, tab: str, stem: str):
    """Open the lesson's tab and return the bordered box the frame runs snippet `stem` in."""
    app.main.get_by_role("tab", name=tab, exact=True).click()
    box = app.main.locator(f".st-key-_demo_{stem}")
    expect(box).to_be_visible()
    return box


def test_both_buttons_in_the_dialog_work_in_a_browser(app):
    open_testing(app)
    box = demo(app, "Dialogs", "testing_dialog")
    tidy_up = box.get_by_role("button", name="Tidy up", exact=True)
    app.click(tidy_up)
    dialog = app.page.get_by_role("dialog")
    expect(dialog).to_contain_text("Notes on the list: 3")
    # The button whose work is under `if st.button(...)`: AppTest never sees this click.
    app.click(dialog.get_by_role("button", name="Keep the first only", exact=True))
    expect(dialog).to_have_count(0)
    expect(box.get_by_text("Buy milk", exact=True)).to_be_visible()
    expect(box.get_by_text("Call Bob", exact=True)).to_have_count(0)
    # The button whose work is in its on_click: AppTest and the browser both see it.
    app.click(tidy_up)
    expect(dialog).to_contain_text("Notes on the list: 1")
    app.click(dialog.get_by_role("button", name="Delete all", exact=True))
    expect(dialog).to_have_count(0)
    expect(box.get_by_text("Buy milk", exact=True)).to_have_count(0)
    expect(tidy_up).to_be_disabled()
    app.assert_clean()


def test_clear_on_submit_empties_the_field_at_once_in_a_browser(app):
    open_testing(app)
    box = demo(app, "Forms", "testing_guests")
    field = box.get_by_label("Guest")
    field.fill("Ada")
    app.click(box.get_by_role("button", name="Add guest", exact=True))
    expect(box.get_by_text("Ada: 1", exact=True)).to_be_visible()
    # Under AppTest the field still reads "Ada" until the next submit.
    expect(field).to_have_value("")
    app.assert_clean()
