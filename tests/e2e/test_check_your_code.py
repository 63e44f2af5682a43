"""The check-your-code page in Chromium: the code box's font is only seen in a browser."""

from __future__ import annotations

from playwright.sync_api import expect

from .streamlit_page import catalog_lesson


def test_the_code_box_uses_a_fixed_width_font(app):
    app.open_lesson(catalog_lesson("check-your-code"))
    box = app.main.get_by_role("textbox", name="Code to check")
    expect(box).to_be_visible()
    # Every character as wide as the next: "iiii" and "MMMM" take the same room.
    widths = box.evaluate(
        """(box) => {
            const probe = document.createElement('span');
            probe.style.font = getComputedStyle(box).font;
            probe.style.whiteSpace = 'pre';
            document.body.appendChild(probe);
            const width = (text) => { probe.textContent = text; return probe.offsetWidth; };
            const result = [width('iiiiiiii'), width('MMMMMMMM')];
            probe.remove();
            return result;
        }"""
    )
    assert widths[0] == widths[1], widths
    app.assert_clean()
