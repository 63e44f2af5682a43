"""The wizard under a real double click, and Start over with a real file in the uploader.

A double click sends two clicks from the page the browser shows. The second one is often sent
before the run of the first one has reached the browser, so it is aimed at a step the wizard
has already left. Each step's Back and Continue have their own key, so that click is dropped.
"""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from .streamlit_page import StreamlitPage, catalog_lesson

WIZARD = catalog_lesson("wizard")
# How the second click follows the first: Playwright's own double click, then two separate
# clicks at the same spot (the mouse does not move) 0 to 300 ms apart.
DOUBLE_CLICKS = ("dblclick", 0, 60, 150, 300)


def keyed(app: StreamlitPage, key: str) -> Locator:
    """The element with this widget key (Streamlit gives its container the class st-key-<key>);
    the seed snippet on the same page has buttons with the same labels."""
    return app.main.locator(f".st-key-{key}")


def heading(app: StreamlitPage) -> Locator:
    return app.main.get_by_role("heading", name="Step ", exact=False).first


def expect_step(app: StreamlitPage, number: int, title: str) -> None:
    expect(app.main.get_by_role("heading", name=f"Step {number}: {title}")).to_be_visible()


def settle(app: StreamlitPage) -> None:
    """Wait until every rerun the clicks asked for has finished: idle, a pause long enough for
    a queued second rerun to start, idle again."""
    app.wait_until_idle()
    app.page.wait_for_timeout(800)
    app.wait_until_idle()


def double_click(app: StreamlitPage, button: Locator, how: str | int) -> None:
    button.scroll_into_view_if_needed()
    if how == "dblclick":
        button.dblclick()
    else:
        box = button.bounding_box()
        assert box is not None
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        app.page.mouse.click(x, y)
        app.page.wait_for_timeout(how)
        app.page.mouse.click(x, y)
    settle(app)


def wizard_errors(app: StreamlitPage) -> Locator:
    return app.main.get_by_test_id("stAlertContentError")


def test_double_click_on_the_first_pass_lands_on_step_2_without_a_message(app):
    app.open_lesson(WIZARD)
    app.click(keyed(app, "wizard_sample").get_by_role("button"))
    for how in DOUBLE_CLICKS:
        double_click(app, keyed(app, "wizard_continue_1").get_by_role("button"), how)
        expect_step(app, 2, "Configure model")
        # Step 2 is not configured yet: a second Continue counted there would complain.
        expect(wizard_errors(app)).to_have_count(0)
        app.expect_inspector("wizard_step", "2")
        app.click(keyed(app, "wizard_back_2").get_by_role("button"))
        expect_step(app, 1, "Upload data")
    app.assert_clean()


def choose_feature(app: StreamlitPage, name: str) -> None:
    app.choose(keyed(app, "wizard_features"), name)
    app.page.keyboard.press("Escape")


def test_double_click_after_going_back_never_skips_step_2(app):
    app.open_lesson(WIZARD)
    app.click(keyed(app, "wizard_sample").get_by_role("button"))
    app.click(keyed(app, "wizard_continue_1").get_by_role("button"))
    choose_feature(app, "month")  # the target defaults to "units", the first numeric column
    app.click(keyed(app, "wizard_continue_2").get_by_role("button"))
    expect_step(app, 3, "Review")
    app.click(keyed(app, "wizard_back_3").get_by_role("button"))
    app.click(keyed(app, "wizard_back_2").get_by_role("button"))
    for how in DOUBLE_CLICKS:
        expect_step(app, 1, "Upload data")
        double_click(app, keyed(app, "wizard_continue_1").get_by_role("button"), how)
        # Step 2 is complete, so a second Continue counted there would skip to the review.
        expect_step(app, 2, "Configure model")
        expect(wizard_errors(app)).to_have_count(0)
        tags = keyed(app, "wizard_features").get_by_test_id("stMultiSelectTagsContainer")
        expect(tags.get_by_text("month", exact=True)).to_have_count(1)
        app.click(keyed(app, "wizard_back_2").get_by_role("button"))
    app.assert_clean()


def upload(app: StreamlitPage, name: str, content: bytes) -> None:
    uploader = app.main.get_by_test_id("stFileUploader").filter(has_text="Upload a CSV")
    with app.rerun():
        uploader.locator('input[type="file"]').set_input_files(
            files=[{"name": name, "mimeType": "text/csv", "buffer": content}]
        )


def test_start_over_leaves_the_wizard_as_on_a_first_visit(app):
    app.open_lesson(WIZARD)
    uploader = app.main.get_by_test_id("stFileUploader").filter(has_text="Upload a CSV")
    upload(app, "xy.csv", b"x,y\n1,2\n3,4\n")
    expect(uploader.get_by_text("xy.csv")).to_be_visible()
    expect(app.main.get_by_text("Loaded xy.csv: 2 rows", exact=True)).to_be_visible()
    app.click(keyed(app, "wizard_start_over").get_by_role("button"))
    expect(uploader.get_by_text("xy.csv")).to_have_count(0)
    expect(app.main.get_by_text("Loaded xy.csv: 2 rows", exact=True)).to_have_count(0)
    # The same file can be picked again, and loads again.
    upload(app, "xy.csv", b"x,y\n1,2\n3,4\n")
    expect(app.main.get_by_text("Loaded xy.csv: 2 rows", exact=True)).to_be_visible()
    expect(wizard_errors(app)).to_have_count(0)
    app.assert_clean()


def test_the_uploader_refuses_a_file_over_1_mb_in_the_browser(app):
    app.open_lesson(WIZARD)
    uploader = app.main.get_by_test_id("stFileUploader").filter(has_text="Upload a CSV")
    big = b"a,b\n" + b"1,2\n" * 300_000  # 1.2 MB
    uploader.locator('input[type="file"]').set_input_files(
        files=[{"name": "big.csv", "mimeType": "text/csv", "buffer": big}]
    )
    expect(uploader.get_by_text("big.csv")).to_be_visible()
    expect(uploader.get_by_text("File must be 1.0MB or smaller.")).to_be_visible()
    app.wait_until_idle()
    expect(app.main.get_by_text("Loaded big.csv", exact=False)).to_have_count(0)
    app.expect_inspector("wizard_data", "None")


def test_the_uploader_refuses_a_file_that_is_not_csv_in_the_browser(app):
    app.open_lesson(WIZARD)
    uploader = app.main.get_by_test_id("stFileUploader").filter(has_text="Upload a CSV")
    uploader.locator('input[type="file"]').set_input_files(
        files=[{"name": "notes.txt", "mimeType": "text/plain", "buffer": b"a,b\n1,2\n"}]
    )
    expect(uploader.get_by_text("notes.txt")).to_be_visible()
    expect(uploader.get_by_text("not allowed", exact=False)).to_be_visible()
    app.wait_until_idle()
    expect(app.main.get_by_text("Loaded notes.txt", exact=False)).to_have_count(0)
    app.expect_inspector("wizard_data", "None")
