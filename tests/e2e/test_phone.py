"""The app on a phone (390 x 844): the first demo and its state in reach, code that wraps, and
no page wider than the screen. Screenshots of each lesson go to tests/e2e/artifacts/."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from app.catalog import lesson_by_slug
from app.frame.inspector import parse_views
from app.frame.phone import state_key

from .streamlit_page import ARTIFACTS, StreamlitPage, catalog_lesson, keyed

PHONE = {"width": 390, "height": 844}
# A lesson of each kind: a counter, uploads, the wide survival matrix, tabs with a chat.
LESSONS = ("quick-start", "uploads", "what-survives", "chat")


# A phone's own browser context for every test here (not the worker's shared desktop one).
pytestmark = pytest.mark.browser_context_args(viewport=PHONE, is_mobile=True, has_touch=True)


def phone_shot(app: StreamlitPage, name: str) -> None:
    """What the phone's screen shows (not the whole page), into tests/e2e/artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    app.wait_for_lazy_elements()
    app.page.screenshot(path=ARTIFACTS / f"{name}.png", animations="disabled")


def sideways_overflow(app: StreamlitPage) -> list[str]:
    """Elements of the main area wider than their box (they would scroll sideways), and the
    page itself when wider than the screen."""
    return app.page.evaluate(
        """() => {
        const wide = [...document.querySelectorAll('[data-testid=stMain] pre')]
            .filter((e) => e.offsetParent !== null && e.scrollWidth - e.clientWidth > 1)
            .map((e) => e.textContent.slice(0, 40));
        const page = document.documentElement.scrollWidth - window.innerWidth;
        return page > 1 ? [...wide, `page ${page} px too wide`] : wide;
    }"""
    )


@pytest.mark.parametrize("slug", LESSONS)
def test_first_demo_and_its_state_are_in_reach_on_a_phone(app, slug):
    lesson = catalog_lesson(slug)
    app.open_lesson(lesson)
    first = lesson.snippets[0]
    demo = app.main.locator(f".st-key-_demo_{first.path.stem}")
    app.show(demo)  # opens the tabs it sits in
    state = keyed(demo, state_key(first)).get_by_role("button", name="State", exact=True)
    state.evaluate("(button) => button.scrollIntoView({block: 'center'})")
    expect(demo).to_be_in_viewport()
    expect(state).to_be_in_viewport(ratio=1)
    header = app.page.get_by_test_id("stHeader").bounding_box()
    assert state.bounding_box()["y"] >= header["y"] + header["height"], "under the header"
    # The button sits in the demo's own box, above what the demo draws.
    assert state.bounding_box()["y"] < demo.bounding_box()["y"] + 80
    phone_shot(app, f"phone-{slug}")
    assert sideways_overflow(app) == []

    # Use the demo, then read its state beside it: the keys the inspector would list.
    button = demo.get_by_test_id("stButton").locator("button:enabled").first
    field = demo.locator("input[type=text]").first
    if field.count():
        app.enter_text(field, "from a phone")
    elif button.count():
        app.click(button)
    app.click(state)
    listing = app.page.get_by_test_id("stPopoverBody").get_by_test_id("stCode")
    expect(listing).to_be_visible()
    expect(listing).to_be_in_viewport()
    shown = parse_views(listing.inner_text())
    assert shown, "the State popover lists no key after the demo was used"
    assert set(shown) <= set(lesson.keys)
    # The sidebar's inspector, drawn in the same run from the same state, lists the same.
    assert app.inspector_values() == shown
    phone_shot(app, f"phone-{slug}-state")
    app.assert_clean()


def test_the_survival_matrix_has_a_narrow_form_on_a_phone(app):
    lesson = lesson_by_slug("what-survives")
    assert lesson is not None
    app.open_lesson(lesson)
    panel = app.page.get_by_role("tab", name="The whole matrix")
    panel.click()
    narrow = app.main.locator(".st-key-_narrow_matrix")
    expect(narrow).to_be_visible()
    expect(app.main.locator(".st-key-_wide_matrix")).to_be_hidden()
    expect(narrow).to_contain_text("plain key")
    narrow.scroll_into_view_if_needed()
    phone_shot(app, "phone-survival-matrix")
    assert sideways_overflow(app) == []
