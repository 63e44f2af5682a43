"""The phone's view of the inspector: each demo's "State" popover lists what the sidebar's
inspector lists (its own listing, changes marked alike), and costs nothing while closed. What
a phone shows of it (CSS, layout) is in tests/e2e/test_phone.py."""

from __future__ import annotations

import inspect

from conftest import click, lesson, open_lesson

from app.frame.inspector import CHANGED, VALUE_INDENT
from app.frame.phone import NARROW_PX, phone_styles, state_key


def listings_in_main(at) -> list[str]:
    """The main area's code blocks that are not a snippet's listing."""
    return [code.value for code in at.main.code if code.language != "python"]


def test_a_closed_state_popover_draws_nothing_inside():
    at = open_lesson("quick-start")
    assert listings_in_main(at) == []


def test_the_state_popover_shows_the_sidebars_listing_with_the_same_changes_marked():
    at = open_lesson("quick-start")
    first = lesson("quick-start").snippets[0]
    at.session_state[state_key(first)] = True  # the learner opens "State" beside the demo
    at.run()
    click(at, "Increment")
    sidebar = at.sidebar.code[0].value
    assert f"{CHANGED} count (int)\n{VALUE_INDENT}1" in sidebar  # marked, not spoilt
    assert listings_in_main(at) == [sidebar]
    at.run()  # nothing changed in this run: neither marks a change
    sidebar = at.sidebar.code[0].value
    assert CHANGED not in sidebar and listings_in_main(at) == [sidebar]


def test_the_narrow_css_switches_at_narrow_px():
    """The style block is a literal (no value reaches HTML), so its breakpoint is written out:
    it must be the width below which Streamlit lays the sidebar over the page."""
    source = inspect.getsource(phone_styles)
    assert f"(min-width: {NARROW_PX}px)" in source
    assert f"(max-width: {NARROW_PX - 0.02}px)" in source
