"""The identity panel in Chromium: the browser keeps a widget's value by its id, so what the
learner sees after a switch must match what the server decided (AppTest cannot show the
browser's side)."""

from __future__ import annotations

from playwright.sync_api import Locator, expect

from .streamlit_page import StreamlitPage, catalog_lesson, keyed


def select_boxes(app: StreamlitPage) -> tuple[Locator, Locator]:
    """(keyed, unkeyed) select boxes of the panel, in the order they are drawn."""
    boxes = app.main.get_by_test_id("stSelectbox")
    return boxes.nth(0), boxes.nth(1)


def sliders(app: StreamlitPage) -> tuple[Locator, Locator]:
    thumbs = app.main.get_by_test_id("stSlider").get_by_role("slider")
    return thumbs.nth(0), thumbs.nth(1)


def shown(box: Locator) -> Locator:
    """The select box's combobox input, whose value is the option on screen."""
    return box.get_by_role("combobox")


def flip(app: StreamlitPage, switch: str) -> None:
    """Flip the panel's switch `wid_<switch>` (by key: the small demo's "Shout the labels" also
    contains "label")."""
    app.click(keyed(app.main, f"wid_{switch}").locator("label"))


def test_keyed_widgets_keep_their_value_in_the_browser(app):
    app.page.set_viewport_size({"width": 1366, "height": 768})
    app.open_lesson(catalog_lesson("widget-identity"))
    keyed_box, plain_box = select_boxes(app)
    keyed_slider, plain_slider = sliders(app)
    app.choose(keyed_box, "Blue")
    app.choose(plain_box, "Blue")
    for thumb in (keyed_slider, plain_slider):
        with app.rerun():
            thumb.press("End")
    expect(keyed_slider).to_have_value("100")
    expect(shown(plain_box)).to_have_value("Blue")
    app.expect_inspector("wid_colour", "'Blue'")

    flip(app, "label")
    # The verdict sits under the switches: at 768 px it is in sight right after the flip.
    expect(app.main.get_by_test_id("stDataFrame")).to_be_in_viewport(ratio=1)
    expect(keyed_box.get_by_test_id("stWidgetLabel")).to_have_text("Favourite colour")
    expect(shown(keyed_box)).to_have_value("Blue")
    expect(shown(plain_box)).to_have_value("Red")
    expect(keyed_slider).to_have_value("100")
    expect(plain_slider).to_have_value("20")
    app.expect_inspector("wid_colour", "'Blue'")

    flip(app, "max")
    expect(keyed_slider).to_have_value("20")
    expect(keyed_slider).to_have_attribute("max", "200")
    expect(shown(keyed_box)).to_have_value("Blue")
    app.expect_inspector("wid_number", "20")
    app.assert_clean()
