"""Two learners at once on `cache-vs-state` (issue 5, point 4): each one's session counter is
their own, the `st.cache_resource` counter is shared by both.

The lesson's button labels are matched loosely (SHARED / MINE below) and its numbers are read
from the demo's bordered frame, so the test does not depend on the exact wording.
"""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from .streamlit_page import StreamlitPage, lesson_or_skip

SHARED = re.compile(r"shared|everyone|all (users|sessions)|global", re.IGNORECASE)
MINE = re.compile(r"session|\bmy\b|\bmine\b|this tab|only me|per.user", re.IGNORECASE)
NOT_A_COUNTER = re.compile(r"clear|reset|download", re.IGNORECASE)

# The text of the nearest bordered frame around an element: the snippet's live demo.
_FRAME_TEXT = """(element) => {
  for (let e = element.parentElement; e; e = e.parentElement) {
    if (e.dataset.testid === 'stVerticalBlock' && getComputedStyle(e).borderTopWidth !== '0px')
      return e.innerText;
  }
  throw new Error('no bordered frame around the element');
}"""


def counter_buttons(app: StreamlitPage) -> tuple[Locator, Locator]:
    """(my counter's button, the shared counter's button), found by their labels."""
    names = [
        name
        for name in app.main.get_by_role("button").all_inner_texts()
        if not NOT_A_COUNTER.search(name)
    ]
    shared = [name for name in names if SHARED.search(name)]
    mine = [name for name in names if MINE.search(name) and not SHARED.search(name)]
    assert len(shared) == 1 and len(mine) == 1, (
        f"cannot tell the two counters' buttons apart among {names}: update SHARED/MINE"
    )
    return app.button(mine[0]), app.button(shared[0])


def frame_numbers(button: Locator) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", button.evaluate(_FRAME_TEXT))]


def int_state(app: StreamlitPage) -> dict[str, int]:
    """The lesson's integer keys as the inspector shows them."""
    return {k: int(v) for k, v in app.inspector_values().items() if re.fullmatch(r"-?\d+", v)}


def test_each_learner_has_their_own_counter_and_both_share_the_cached_one(app, open_app):
    lesson = lesson_or_skip("cache-vs-state")
    alice = app.open_lesson(lesson)
    bob = open_app().open_lesson(lesson)

    # Alice clicks the shared counter twice: the numbers that move in her demo are its value.
    _, shared = counter_buttons(alice)
    before = frame_numbers(shared)
    alice.click(shared)
    alice.click(counter_buttons(alice)[1])
    after = frame_numbers(counter_buttons(alice)[1])
    moved = [i for i, (old, new) in enumerate(zip(before, after, strict=True)) if old != new]
    assert moved and all(after[i] == before[i] + 2 for i in moved), (before, after)

    # Bob's own counter: one click moves exactly one of his keys by one.
    bob_before = int_state(bob)
    bob.click(counter_buttons(bob)[0])
    bob_after = int_state(bob)
    mine_keys = [k for k in bob_after if bob_after[k] != bob_before.get(k, 0)]
    assert len(mine_keys) == 1, (bob_before, bob_after)
    key = mine_keys[0]
    assert bob_after[key] == bob_before.get(key, 0) + 1
    # ...and that rerun shows Bob the shared value Alice left.
    bob_numbers = frame_numbers(counter_buttons(bob)[1])
    assert [bob_numbers[i] for i in moved] == [after[i] for i in moved]

    # Alice's own counter was not touched by Bob's click.
    alice_mine_before = int_state(alice).get(key, 0)
    alice.click(counter_buttons(alice)[0])
    assert int_state(alice)[key] == alice_mine_before + 1

    # Bob moves the shared counter (his own counter stays where it was): Alice sees the
    # shared one move on her next rerun.
    bob.click(counter_buttons(bob)[1])
    assert int_state(bob)[key] == bob_after[key]
    alice.click(counter_buttons(alice)[0])
    alice_numbers = frame_numbers(counter_buttons(alice)[1])
    assert [alice_numbers[i] for i in moved] == [after[i] + 1 for i in moved]
    alice.assert_clean()
    bob.assert_clean()
