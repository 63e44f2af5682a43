"""Typed text in a real browser: an image, a link and maths typed into every text input of a
lesson, stored with the lesson's own buttons, never turn into an image, a link or maths.

tests/test_user_text.py does this on every lesson under AppTest and finds the payload only in
elements that show text as it is (its LITERAL_KINDS), each seen here on one of BROWSER_LESSONS;
how such an element is drawn depends on its kind, not on the lesson. The fragments lesson is
here as well, since AppTest cannot click inside a fragment."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from playwright.sync_api import Locator, expect

from app.catalog import LESSONS

from .streamlit_page import StreamlitPage, catalog_lesson

IMAGE, LINK, MATHS = "![i](http://127.0.0.1:9/x.png)", "https://evil.example", "$x^2$"
PAYLOAD = f"{IMAGE} {LINK} {MATHS}"
# For a field whose max_chars is shorter than PAYLOAD (40 on troubleshooting's "Item").
SHORT_PAYLOAD = f"{IMAGE} {MATHS}"
STORES = re.compile(r"^(Save|Add|Subscribe)\b")
# One lesson per kind of element the payload lands in (tests/test_user_text.py's LITERAL_KINDS:
# text, code, json, dataframe, text_input), and the fragments lesson.
BROWSER_LESSONS = (
    "widget-keys",
    "what-survives",
    "durable-state",
    "troubleshooting",
    "multipage",
    "fragments",
)


def text_fields(app: StreamlitPage) -> Locator:
    inputs = app.main.get_by_test_id("stTextInputRootElement").locator("input")
    return inputs.or_(app.main.get_by_test_id("stTextArea").locator("textarea"))


def expect_nothing_rendered(app: StreamlitPage) -> None:
    """Nowhere on the page: the main area, or the sidebar where the inspector shows values."""
    expect(app.page.locator('a[href*="evil.example"]')).to_have_count(0)
    expect(app.page.locator('img[src*="127.0.0.1"]')).to_have_count(0)
    expect(app.page.locator(".katex")).to_have_count(0)


def test_typed_markdown_never_renders_in_a_browser(app):
    requested: list[str] = []
    app.page.on("request", lambda request: requested.append(request.url))
    for slug in BROWSER_LESSONS:
        app.open_lesson(catalog_lesson(slug))
        typed_into = 0
        fields = text_fields(app)
        for index in range(fields.count()):
            field = fields.nth(index)
            if not field.is_enabled():
                continue
            app.show(field)  # a field in a Broken/Fixed tab not open yet
            # Streamlit refuses a value longer than the field's max_chars outright: the field
            # keeps its old value and Enter sends nothing. Then the shorter payload is typed.
            field.fill(PAYLOAD)
            text = PAYLOAD if field.input_value() == PAYLOAD else SHORT_PAYLOAD
            # Enter commits a text input, or submits the form it is in: a rerun either way.
            app.enter_text(field, text)
            typed_into += 1
        buttons = app.main.locator(
            '[data-testid="stButton"] button, [data-testid="stFormSubmitButton"] button'
        ).filter(has_text=STORES)
        for index in range(buttons.count()):
            button = buttons.nth(index)
            if button.is_enabled():
                app.show(button)
                app.click(button)
        assert typed_into, slug  # each of these lessons has a text input to type into
        expect_nothing_rendered(app)
        app.assert_clean()
    hosts = {urlsplit(url).netloc for url in requested}
    assert not hosts & {"127.0.0.1:9", "evil.example"}, hosts


def test_the_payload_is_shown_back_as_typed(app):
    # One lesson that shows back what was typed: the text is there, character for character.
    widget_keys = next(lesson for lesson in LESSONS if lesson.slug == "widget-keys")
    app.open_lesson(widget_keys)
    app.enter_text(app.main.get_by_label("Project name"), PAYLOAD)
    expect(app.main.get_by_test_id("stText").filter(has_text=PAYLOAD).first).to_have_text(PAYLOAD)
    expect_nothing_rendered(app)
