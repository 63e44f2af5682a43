"""What every user shares, with two learners (two browser contexts, two sessions) on one
server: each "shared" and "not shared" statement of the shared-state lesson, seen in both.

These tests share the server with the rest of the suite, so each one first resets the shared
list or caches it looks at (the lesson's own reset buttons), then counts from there.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator, expect

from .streamlit_page import StreamlitPage, lesson_or_skip

ADD_TO_ALL = re.compile(r"^Add tab-[0-9a-f]{6} to all three$")


TABS = {
    "Module globals": ("shared_state_module_leak.py", "shared_state_module.py"),
    "Caches": ("shared_state_caches.py",),
    "Classes and enums": ("shared_state_classes.py",),
}


def open_tab(app: StreamlitPage, name: str) -> StreamlitPage:
    """Open the lesson and one of its tabs, and wait until that tab's demos are drawn."""
    lesson = lesson_or_skip("shared-state")
    app.open(lesson.slug)
    expect(app.main.get_by_role("heading", level=1)).to_have_text(lesson.title)
    app.main.get_by_role("tab", name=name).click()
    for file in TABS[name]:
        expect(app.listing(file)).to_be_visible()
    return app


def field(app: StreamlitPage, key: str) -> Locator:
    return app.page.locator(f".st-key-{key} input")


def add_note(app: StreamlitPage, input_key: str, text: str, button: str) -> None:
    field(app, input_key).fill(text)
    app.click(app.button(button))


def add_to_module(app: StreamlitPage, text: str) -> None:
    add_note(app, "shared_module_note", text, "Add to the module's list")


def add_to_mine(app: StreamlitPage, text: str) -> None:
    add_note(app, "shared_note", text, "Add to my list")


def note(app: StreamlitPage, text: str) -> Locator:
    return app.main.get_by_test_id("stText").filter(has_text=re.compile(f"^{re.escape(text)}$"))


def expect_line(app: StreamlitPage, text: str) -> None:
    expect(app.main.get_by_text(text, exact=True)).to_be_visible()


def test_a_module_global_reaches_every_learner_and_session_state_does_not(app, open_app):
    alice = open_tab(app, "Module globals")
    alice.click(alice.button("Clear the list (for everyone)"))
    add_to_module(alice, "module note from alice")
    add_to_mine(alice, "a1")
    expect_line(alice, "Notes in the module's list: 1 of 10")
    expect_line(alice, "Notes in this tab's list: 1 of 10")

    bob = open_tab(open_app(), "Module globals")
    # Shared: Bob's first page already shows Alice's module note. Not shared: her own list.
    expect(note(bob, "module note from alice")).to_be_visible()
    expect_line(bob, "Notes in the module's list: 1 of 10")
    expect_line(bob, "Notes in this tab's list: 0 of 10")
    expect(note(bob, "a1")).to_have_count(0)
    bob.expect_inspector("shared_notes", "[]")

    add_to_module(bob, "module note from bob")
    # Alice's page changes on her next click, whatever it is.
    add_to_mine(alice, "a2")
    expect(note(alice, "module note from bob")).to_be_visible()
    expect_line(alice, "Notes in the module's list: 2 of 10")
    alice.expect_inspector("shared_notes", "['a1', 'a2']")

    # A reset of the shared list is a reset for everyone; Alice's own list stays.
    bob.click(bob.button("Clear the list (for everyone)"))
    alice.click(alice.button("Add to my list"))  # an empty note: just a rerun
    expect_line(alice, "Notes in the module's list: 0 of 10")
    expect_line(alice, "Notes in this tab's list: 2 of 10")
    alice.assert_clean()
    bob.assert_clean()


def test_the_shared_list_stops_at_its_cap_for_everyone(app, open_app):
    alice = open_tab(app, "Module globals")
    alice.click(alice.button("Clear the list (for everyone)"))
    for n in range(11):
        add_to_module(alice, f"note {n}")
    expect_line(alice, "Notes in the module's list: 10 of 10")
    expect(note(alice, "note 10")).to_have_count(0)
    bob = open_tab(open_app(), "Module globals")
    expect(bob.main.get_by_test_id("stAlertContentWarning")).to_have_text(
        "Full. Clearing it clears it for everyone."
    )
    bob.click(bob.button("Clear the list (for everyone)"))
    expect_line(bob, "Notes in the module's list: 0 of 10")
    alice.assert_clean()
    bob.assert_clean()


def places(app: StreamlitPage) -> dict[str, tuple[str, str]]:
    """The caches demo's three columns: (first line, list line) each."""
    columns = app.main.get_by_test_id("stColumn")
    expect(columns).to_have_count(3)
    found = {}
    for n, name in enumerate(("session", "resource", "data")):
        lines = columns.nth(n).get_by_test_id("stText")
        expect(lines).to_have_count(2)
        found[name] = (lines.nth(0).inner_text(), lines.nth(1).inner_text())
    return found


def test_cache_resource_is_one_object_cache_data_shared_copies_session_state_per_tab(app, open_app):
    alice = open_tab(app, "Caches")
    alice.click(alice.button("Reset both caches (for everyone)"))
    alice.click(alice.button(ADD_TO_ALL))
    mine = places(alice)
    alice_tab = mine["session"][0].removeprefix("this tab: ")
    assert mine["session"][1] == alice_tab
    assert mine["resource"][1] == alice_tab
    assert mine["data"][1] == "(empty)"  # the append changed a copy only

    bob = open_tab(open_app(), "Caches")
    theirs = places(bob)
    bob_tab = theirs["session"][0].removeprefix("this tab: ")
    assert bob_tab != alice_tab and theirs["session"][1] == "(empty)"  # per tab
    assert theirs["resource"] == mine["resource"]  # one object, Alice's name in it
    assert theirs["data"] == mine["data"]  # the same cached value, still empty

    bob.click(bob.button(ADD_TO_ALL))
    alice.click(alice.button(ADD_TO_ALL))
    now = places(alice)
    assert now["resource"] == (mine["resource"][0], f"{alice_tab}, {bob_tab}, {alice_tab}")
    assert now["session"][1] == f"{alice_tab}, {alice_tab}"
    assert now["data"] == mine["data"]
    alice.expect_inspector("shared_tabs", f"['{alice_tab}', '{alice_tab}']")
    bob.expect_inspector("shared_tabs", f"['{bob_tab}']")
    alice.assert_clean()
    bob.assert_clean()


def test_a_full_cache_blocks_everyone_and_a_reset_makes_new_objects_for_everyone(app, open_app):
    alice = open_tab(app, "Caches")
    alice.click(alice.button("Reset both caches (for everyone)"))
    before = places(alice)
    for _ in range(10):
        alice.click(alice.button(ADD_TO_ALL))
    expect(alice.button(ADD_TO_ALL)).to_be_disabled()
    bob = open_tab(open_app(), "Caches")
    expect(bob.button(ADD_TO_ALL)).to_be_disabled()
    full = "The shared list is full: reset it (for everyone)."
    expect(bob.main.get_by_test_id("stAlertContentWarning")).to_have_text(full)
    bob.click(bob.button("Reset both caches (for everyone)"))
    expect(bob.button(ADD_TO_ALL)).to_be_enabled()
    after = places(bob)
    assert after["resource"][0] != before["resource"][0]
    assert after["data"][0] != before["data"][0]
    alice.main.get_by_role("tab", name="Classes and enums").click()
    alice.click(alice.button("Rerun"))  # any rerun of Alice's page
    alice.main.get_by_role("tab", name="Caches").click()
    expect(alice.button(ADD_TO_ALL)).to_be_enabled()
    assert places(alice)["resource"] == after["resource"]
    alice.assert_clean()
    bob.assert_clean()


def test_objects_of_a_script_defined_class_go_stale_per_learner(app, open_app):
    alice = open_tab(app, "Classes and enums")
    expect_line(alice, "isinstance(kept, Order): True")
    alice.click(alice.button("Rerun"))
    expect_line(alice, "isinstance(kept, Order): False")
    expect_line(alice, "kept.size == Size.SMALL: False")
    expect_line(alice, "isinstance(order, Order): True")
    # The kept object is in a scope="session" cache, so it is per session (the lesson's
    # "Per session" line): Bob's first run makes his own, with his run's class, and Alice's
    # next run still finds her own first-run object, not Bob's.
    bob = open_tab(open_app(), "Classes and enums")
    expect_line(bob, "isinstance(kept, Order): True")
    alice.click(alice.button("Rerun"))
    expect_line(alice, "isinstance(kept, Order): False")
    bob.click(bob.button("Rerun"))
    expect_line(bob, "isinstance(kept, Order): False")
    alice.assert_clean()
    bob.assert_clean()


def test_a_second_tab_of_the_same_browser_is_a_session_of_its_own(app):
    first = open_tab(app, "Module globals")
    first.click(first.button("Clear the list (for everyone)"))
    add_to_mine(first, "t1")
    add_to_module(first, "m1")
    # Same browser, same cookies, a new tab: a new session, like another user.
    second = open_tab(StreamlitPage(first.page.context.new_page()), "Module globals")
    expect_line(second, "Notes in this tab's list: 0 of 10")
    second.expect_inspector("shared_notes", "[]")
    expect(note(second, "m1")).to_be_visible()
    first.expect_inspector("shared_notes", "['t1']")
    first.assert_clean()
    second.assert_clean()
