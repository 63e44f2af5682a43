"""Inputs in a real browser: a number input's newest value survives fast clicks, bounded numbers
refused by the browser, and the browser's own email check, whose marker follows what is typed.
Server messages that follow the input (the wizard's, the filters') are proven under AppTest in
tests/test_wizard.py and tests/test_filters.py."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .streamlit_page import StreamlitPage, catalog_lesson


def settle(app: StreamlitPage) -> None:
    """Wait until every rerun asked for has finished: idle, a pause long enough for a queued
    rerun to start, idle again."""
    app.wait_until_idle()
    app.page.wait_for_timeout(800)
    app.wait_until_idle()


def test_a_number_inputs_newest_value_survives_merged_reruns(app):
    # quick-start: "keep the number in a widget's value instead of counting clicks: a merge
    # keeps the newest value". Ten clicks on + as fast as the browser takes them.
    app.open_lesson(catalog_lesson("initialize"))
    field = app.main.locator(".st-key-page_size")
    expect(field.locator("input")).to_have_value("25")
    step_up = field.get_by_test_id("stNumberInputStepUp")
    for _ in range(10):
        step_up.click()
    settle(app)
    expect(field.locator("input")).to_have_value("75")
    expect(app.main.get_by_text("Rows per page: 75", exact=True)).to_be_visible()
    app.expect_inspector("page_size", "75")
    app.assert_clean()


def test_temperatures_out_of_range_are_refused_in_the_browser(app):
    app.open_lesson(catalog_lesson("callbacks"))
    celsius = app.main.locator(".st-key-celsius input")
    fahrenheit = app.main.locator(".st-key-fahrenheit input")
    expect(fahrenheit).to_have_value("68.00")
    celsius.fill("1e308")  # over max_value: marked invalid, never sent
    celsius.press("Enter")
    settle(app)
    expect(celsius).to_have_attribute("aria-invalid", "true")
    expect(fahrenheit).to_have_value("68.00")
    app.enter_text(celsius, "100")
    expect(fahrenheit).to_have_value("212.00")
    celsius.fill("1e400")  # not a number the browser can read: the field empties
    celsius.press("Enter")
    settle(app)
    expect(celsius).to_have_value("")
    expect(fahrenheit).to_have_value("212.00")
    app.assert_clean()


def test_the_email_message_follows_what_is_typed(app):
    app.open_lesson(catalog_lesson("forms"))
    form = app.main.get_by_test_id("stForm").filter(
        has=app.page.get_by_role("button", name="Save contact", exact=True)
    )
    email = form.get_by_label("Work email")
    marker = form.get_by_test_id("stTextInputErrorIcon")
    # The server's messages for this form (the page's other error box is a broken snippet's).
    server_message = app.main.get_by_test_id("stAlertContentError").filter(
        has_text=re.compile("email address")
    )
    submit = form.get_by_role("button", name="Save contact")
    submit.click()  # empty: refused in the browser
    settle(app)
    expect(marker).to_have_count(1)
    email.fill("not-an-email")  # still refused, and the browser says so
    submit.click()
    settle(app)
    expect(marker).to_have_count(1)
    expect(server_message).to_have_count(0)  # the browser refused: nothing reached the server
    email.fill("ada@example.com")  # fixed: the marker goes as the text changes
    expect(marker).to_have_count(0)
    app.click(submit)
    expect(app.main.get_by_text("Contact saved.", exact=True)).to_be_visible()
    expect(server_message).to_have_count(0)
    app.assert_clean()
