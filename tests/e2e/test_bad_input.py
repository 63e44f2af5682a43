"""Bad input in a real browser: junk URL parameters, a malformed CSV, an
invalid email and script text typed into inputs. The page answers with a clear message or shows
the text inert; no dialog, no injected element, no traceback, nothing the user entered is lost.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from playwright.sync_api import Locator, expect

from app.frame.inspector import preview

from .learner import expect_count, expect_selected_regions, regions
from .streamlit_page import StreamlitPage, catalog_lesson, lesson_or_skip

PAYLOAD = "<img src=x onerror=alert(1)><script>alert(1)</script>"
JUNK_QUERY = (
    "?count=999&step=-1&selected_regions=Mars&project_name=" + quote(PAYLOAD)
    + "&" + quote("<script>") + "=1&__proto__=x&email=" + quote("not an email")
)  # fmt: skip


def expect_nothing_injected(app: StreamlitPage) -> None:
    expect(app.page.locator('img[src="x"]')).to_have_count(0)
    expect(app.page.locator("[onerror]")).to_have_count(0)
    expect(app.page.locator("script", has_text="alert(1)")).to_have_count(0)
    assert not app.dialogs, app.dialogs


def new_message(app: StreamlitPage, alerts_before: int, field: Locator | None = None) -> Locator:
    """An error or warning that was not on the page before (st.error/st.warning have the ARIA
    role "alert"), or the invalid-value marker of a validated text input."""
    message = app.main.get_by_role("alert").nth(alerts_before)
    if field is not None:
        marker = app.main.get_by_test_id("stTextInput").filter(has=field)
        message = message.or_(marker.get_by_test_id("stTextInputErrorIcon"))
    return message.first


def test_junk_query_parameters_are_ignored_in_the_browser(app):
    # The home page and one lesson with the junk: nothing injected, no console or page error.
    # None of these parameters is one the browser reads itself (Streamlit's embed options), so
    # they reach a page only through what the server draws: every lesson runs with the same
    # junk under AppTest (tests/test_bad_input.py), which reads that. The filters lesson, which
    # binds a parameter, is opened with junk in it below.
    app.open(JUNK_QUERY)
    expect(app.main.get_by_role("heading", level=1)).to_have_text("Session State Patterns")
    expect_nothing_injected(app)
    app.assert_clean()
    # Plain session state does not come from the URL: the counter still starts at 0.
    app.open_lesson(catalog_lesson("quick-start"), query=JUNK_QUERY)
    expect_count(app, 0)
    app.expect_inspector("count", "0")
    expect_nothing_injected(app)
    app.assert_clean()


def test_script_text_in_project_name_is_shown_as_text(app):
    app.open_lesson(catalog_lesson("widget-keys"))
    field = app.main.get_by_label("Project name")
    app.enter_text(field, PAYLOAD)
    expect(field).to_have_value(PAYLOAD)
    # st.write shows the string itself: the tags are text, not markup.
    expect(app.main.get_by_text(PAYLOAD, exact=True)).to_be_visible()
    app.expect_inspector("project_name", preview(PAYLOAD))
    expect_nothing_injected(app)
    app.assert_clean()


def test_script_text_saved_by_a_callback_is_shown_as_text(app):
    app.open_lesson(catalog_lesson("callbacks"))
    field = app.main.get_by_label("Your name")
    app.enter_text(field, PAYLOAD)
    app.click(app.button("Save"))
    expect(app.main.get_by_text(f"Saved: {PAYLOAD}", exact=True)).to_be_visible()
    expect(field).to_have_value(PAYLOAD)
    expect_nothing_injected(app)
    app.assert_clean()


def test_junk_regions_in_the_url_are_ignored_with_a_warning(app):
    lesson = lesson_or_skip("filters")
    junk = "?selected_regions=EMEA&selected_regions=Mars&selected_regions=" + quote(PAYLOAD)
    app.open_lesson(lesson, query=junk)
    expect(app.main.get_by_role("alert").first).to_be_visible()
    expect_selected_regions(app, ["EMEA"])
    expect(regions(app).get_by_text("Mars")).to_have_count(0)
    app.expect_inspector("selected_regions", "['EMEA']")
    expect_nothing_injected(app)
    app.assert_clean()
    # "Reset filters" clears the selection, and with it the bound query parameter.
    app.click(app.button("Reset filters"))
    expect_selected_regions(app, [])
    expect(app.page).not_to_have_url(re.compile(r"selected_regions=EMEA"))
    app.assert_clean()


def test_a_malformed_csv_is_refused_and_the_wizard_stays_on_step_1(app):
    lesson = lesson_or_skip("wizard")
    app.open_lesson(lesson)
    alerts_before = app.main.get_by_role("alert").count()
    uploader = app.main.get_by_test_id("stFileUploader").filter(has_text="Upload a CSV")
    ragged = b"name,score\nAda,1\nBob,2,3,4\n"  # a row with more fields than the header
    with app.rerun():
        uploader.locator('input[type="file"]').set_input_files(
            files=[{"name": "broken.csv", "mimeType": "text/csv", "buffer": ragged}]
        )
    message = new_message(app, alerts_before)
    continue_button = app.button("Continue")
    if not message.is_visible() and continue_button.is_enabled():
        app.click(continue_button)  # some wizards only check the file on Continue
    expect(message).to_be_visible()
    # Still on step 1: the uploader is there, and it still holds the learner's file.
    expect(uploader).to_be_visible()
    expect(uploader.get_by_text("broken.csv")).to_be_visible()
    expect(app.button("Use sample data")).to_be_visible()
    app.assert_clean()


def form_with_button(app: StreamlitPage, button: str) -> Locator:
    return app.main.get_by_test_id("stForm").filter(
        has=app.page.get_by_role("button", name=button, exact=True)
    )


def test_an_invalid_email_is_refused_and_what_was_typed_stays(app):
    # The forms lesson's validated form (snippets/forms/forms_validated.py): "Work email" is
    # type="email" (the browser refuses a malformed address before submitting) and the submit
    # callback checks again on the server, e.g. for an empty address.
    app.open_lesson(lesson_or_skip("forms"))
    form = form_with_button(app, "Save contact")
    name, email = form.get_by_label("Display name"), form.get_by_label("Work email")
    name.fill("Ada")
    alerts_before = app.main.get_by_role("alert").count()
    for bad in (PAYLOAD, "ada.example.com", ""):
        email.fill(bad)
        # A refused submit may rerun (server check) or not (browser check): wait for the
        # message, then for the app to be idle, instead of for a rerun.
        form.get_by_role("button", name="Save contact").click()
        expect(new_message(app, alerts_before, field=email)).to_be_visible()
        app.wait_until_idle()
        expect(email).to_have_value(bad)
        expect(name).to_have_value("Ada")
        expect(app.main.get_by_text("Contact saved.", exact=True)).to_have_count(0)
        expect_nothing_injected(app)
    app.assert_clean()


def test_script_text_saved_through_the_profile_form_is_shown_as_text(app):
    # The seed's form (`profile_form`) stores whatever is typed: it must come back as text.
    app.open_lesson(lesson_or_skip("forms"))
    form = form_with_button(app, "Save profile")
    form.get_by_label("Email").fill(PAYLOAD)
    app.click(form.get_by_role("button", name="Save profile"))
    expect(app.main.get_by_text(f"Saved email: {PAYLOAD}", exact=True)).to_be_visible()
    expect(form.get_by_label("Email")).to_have_value(PAYLOAD)
    expect_nothing_injected(app)
    app.assert_clean()


def test_the_served_app_keeps_xsrf_protection_on(app):
    app.open()
    # Streamlit only hands out its XSRF cookie when the protection is on...
    assert "_streamlit_xsrf" in [cookie["name"] for cookie in app.page.context.cookies()]
    # ...and then refuses a write that carries the cookie but not the matching token header
    # (with the protection off, this request would get as far as "400 invalid session").
    response = app.page.request.put("/_stcore/upload_file/some-session/some-file", data=b"x")
    assert response.status == 403
