"""Why did my widget reset? Every identity rule the lesson states, shown on the pinned version:
the switch panel and the condition snippet (each alone: the page adds nothing to what they do),
then each row of the lesson's table on a small script."""

from __future__ import annotations

import pytest
from conftest import TIMEOUT, open_lesson, open_snippet, page_links, texts
from streamlit.testing.v1 import AppTest

from app.catalog.search import search_lessons

WIDGETS = ("Select box, key", "Slider, key", "Select box, no key", "Slider, no key")
KEPT, RESET, SAME, NOT_ITS = (
    "kept your value",
    "reset to its default",
    "same (it was at its default)",
    "not its parameter",
)

# Switch -> result per widget (keyed select box, keyed slider, plain select box, plain slider)
# after the learner moved all four off their defaults (Blue, 70).
EXPECTED = {
    "label": (KEPT, KEPT, RESET, RESET),
    "options": (KEPT, NOT_ITS, RESET, NOT_ITS),
    "default": (KEPT, KEPT, RESET, RESET),
    "placeholder": (KEPT, NOT_ITS, RESET, NOT_ITS),
    "help": (KEPT, KEPT, RESET, RESET),
    "max": (NOT_ITS, RESET, NOT_ITS, RESET),
}


def panel_values(at: AppTest) -> tuple:
    """(keyed select box, keyed slider, plain select box, plain slider) as drawn."""
    keyed_box = at.selectbox(key="wid_colour")
    keyed_slider = at.slider(key="wid_number")
    plain_box = next(s for s in at.main.selectbox if s.key is None)
    plain_slider = next(s for s in at.main.slider if s.key is None)
    return keyed_box.value, keyed_slider.value, plain_box.value, plain_slider.value


def move_all(at: AppTest, colour: str = "Blue", number: int = 70) -> None:
    at.selectbox(key="wid_colour").select(colour)
    at.slider(key="wid_number").set_value(number)
    next(s for s in at.main.selectbox if s.key is None).select(colour)
    next(s for s in at.main.slider if s.key is None).set_value(number)
    at.run()


def verdict_table(at: AppTest) -> dict[str, str]:
    """The table the panel draws: widget -> result."""
    frame = at.main.dataframe[0].value
    return dict(zip(frame["Widget"], frame["Result"], strict=True))


def open_panel() -> AppTest:
    return open_snippet("widget_identity_panel.py").run()


def test_panel_starts_with_defaults_and_no_verdict():
    at = open_panel()
    assert panel_values(at) == ("Red", 20, "Red", 20)
    assert "wid_verdict" not in at.session_state
    assert not [d for d in at.main.dataframe]


@pytest.mark.parametrize("switch", EXPECTED)
def test_each_switch_resets_exactly_what_the_lesson_says(switch):
    at = open_panel()
    move_all(at)
    assert panel_values(at) == ("Blue", 70, "Blue", 70)
    at.toggle(key=f"wid_{switch}").set_value(True).run()
    assert not at.exception
    expected = dict(zip(WIDGETS, EXPECTED[switch], strict=True))
    assert verdict_table(at) == expected
    rows = at.session_state["wid_verdict"]["rows"]
    assert {row["Widget"]: row["Result"] for row in rows} == expected
    # What the learner sees matches the verdict: a reset widget shows its new default.
    defaults = {"default": ("Green", 40)}.get(switch, ("Red", 20))
    shown = panel_values(at)
    for widget, value, result in zip(WIDGETS, shown, EXPECTED[switch], strict=True):
        default = defaults[0] if widget.startswith("Select") else defaults[1]
        moved = "Blue" if widget.startswith("Select") else 70
        assert value == (default if result == RESET else moved), (widget, value)


def test_unmoved_keyed_widgets_ignore_a_new_default():
    at = open_panel()
    at.toggle(key="wid_default").set_value(True).run()
    # The keyed ones keep the old default, the unkeyed ones are new widgets with the new one.
    assert panel_values(at) == ("Red", 20, "Green", 40)
    assert verdict_table(at) == {
        "Select box, key": SAME,
        "Slider, key": SAME,
        "Select box, no key": RESET,
        "Slider, no key": RESET,
    }


def test_a_keyed_select_box_resets_when_its_option_disappears():
    at = open_panel()
    at.toggle(key="wid_options").set_value(True).run()
    at.selectbox(key="wid_colour").select("Purple").run()
    at.toggle(key="wid_options").set_value(False).run()  # Purple is gone again
    assert at.selectbox(key="wid_colour").value == "Red"
    assert verdict_table(at)["Select box, key"] == RESET
    assert "After you flipped **Options**:" in [m.value for m in at.main.markdown]


def test_switching_back_is_another_change():
    at = open_panel()
    at.toggle(key="wid_label").set_value(True).run()
    move_all(at, "Green", 55)
    at.toggle(key="wid_label").set_value(False).run()
    assert panel_values(at) == ("Green", 55, "Red", 20)
    assert at.selectbox(key="wid_colour").label == "Colour"


# The condition snippet ---------------------------------------------------------------------


def shown_state(at: AppTest) -> list[str]:
    """The condition snippet's lines about its two keys, as the page shows them."""
    return [t.value for t in at.main.text if t.value.startswith("wid_discount")]


def test_first_visit_shows_no_error_coloured_value():
    at = open_snippet("widget_identity_condition.py").run()
    # Plain text, not JSON (whose null is drawn in red, like an error).
    assert not at.main.json
    assert shown_state(at) == ["wid_discount: not there", "wid_discount_kept: not there"]


def test_keyed_widget_in_a_condition_starts_over_persist_state_keeps_it():
    at = open_snippet("widget_identity_condition.py").run()
    at.toggle(key="wid_discount_on").set_value(True).run()
    at.number_input(key="wid_discount").set_value(20)
    at.number_input(key="wid_discount_kept").set_value(30).run()
    assert shown_state(at) == ["wid_discount = 20", "wid_discount_kept = 30"]
    at.toggle(key="wid_discount_on").set_value(False).run()
    assert not [n for n in at.main.number_input if n.key and n.key.startswith("wid_discount")]
    # The run without the widgets dropped the plain one's value at its end: what the page
    # shows for that run is what session state holds after it, as the Predict trace reads it.
    assert "wid_discount" not in at.session_state
    assert at.session_state["wid_discount_kept"] == 30
    assert shown_state(at) == ["wid_discount: not there", "wid_discount_kept = 30"]
    at.run()
    assert shown_state(at) == ["wid_discount: not there", "wid_discount_kept = 30"]
    at.toggle(key="wid_discount_on").set_value(True).run()
    assert at.number_input(key="wid_discount").value == 5
    assert at.number_input(key="wid_discount_kept").value == 30


def test_lesson_links_to_toggle_and_troubleshooting():
    links = page_links(open_lesson("widget-identity"))
    assert links["More on hidden widgets: Show and hide a section"] == "toggle"
    assert links["Troubleshooting: why does my text input keep resetting?"] == "troubleshooting"


# The lesson's table: which parameters still reset a keyed widget on 1.67 ------------------


def script_with(kind: str, call: str, key: str | None) -> str:
    """A script drawing one widget whose call reads `c` (False first, True once changed)."""
    return (
        "import streamlit as st\n"
        "c = st.session_state.get('changed', False)\n"
        f"st.{kind}({call}, key={key!r})\n"
    )


def value_before_and_after(kind: str, call: str, value: object, key: str | None) -> tuple:
    """Give the widget `value`, change the parameter, return (value before, value after)."""
    at = AppTest.from_string(script_with(kind, call, key), default_timeout=TIMEOUT).run()
    at.get(kind)[0].set_value(value)
    at.run()
    before = at.get(kind)[0].value
    at.session_state["changed"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return before, at.get(kind)[0].value


# (widget, call with the changed parameter, value the user gives it, kept?)
TABLE = [
    ("slider", "'N' if c else 'n', 0, 100, 10", 70, True),
    ("slider", "'n', 0, 100, 40 if c else 10", 70, True),
    ("slider", "'n', 0, 100, 10, help='x' if c else 'y'", 70, True),
    ("slider", "'n', 5 if c else 0, 100, 10", 70, False),
    ("slider", "'n', 0, 200 if c else 100, 10", 70, False),
    ("slider", "'n', 0, 100, 10, step=2 if c else 1", 70, False),
    ("selectbox", "'C' if c else 'c', ['a', 'b', 'z']", "z", True),
    ("selectbox", "'c', ['a', 'b', 'z', 'd'] if c else ['a', 'b', 'z']", "z", True),
    ("selectbox", "'c', ['a', 'b', 'z'], index=1 if c else 0", "z", True),
    ("selectbox", "'c', ['a', 'b', 'z'], placeholder='p' if c else 'q'", "z", True),
    ("selectbox", "'c', ['a', 'b', 'z'], help='x' if c else 'y'", "z", True),
    ("selectbox", "'c', ['a', 'b', 'z'], accept_new_options=c", "z", False),
    ("selectbox", "'c', ['a', 'b'] if c else ['a', 'b', 'z']", "z", False),
    ("multiselect", "'M' if c else 'm', ['a', 'b', 'z']", ["z"], True),
    ("multiselect", "'m', ['a', 'b', 'z', 'd'] if c else ['a', 'b', 'z']", ["z"], True),
    ("multiselect", "'m', ['a', 'b', 'z'], max_selections=2 if c else 3", ["z"], False),
    ("multiselect", "'m', ['a', 'b', 'z'], accept_new_options=c", ["z"], False),
    ("text_input", "'T' if c else 't', placeholder='p' if c else 'q'", "hi", True),
    ("text_input", "'t', value='x' if c else ''", "hi", True),
    ("text_input", "'t', max_chars=5 if c else 4", "hi", False),
    ("text_input", "'t', validate=r'h.*' if c else r'.*'", "hi", False),
    ("text_area", "'A' if c else 'a'", "hi", True),
    ("text_area", "'a', max_chars=5 if c else 4", "hi", False),
    ("number_input", "'N' if c else 'n', 0, 200 if c else 100, 10, step=2 if c else 1", 70, True),
    ("radio", "'R' if c else 'r', ['a', 'b', 'z'], index=1 if c else 0", "z", True),
    ("radio", "'r', ['a', 'b'] if c else ['a', 'b', 'z']", "z", False),
    ("checkbox", "'X' if c else 'x', help='h' if c else None", True, True),
    ("toggle", "'X' if c else 'x', help='h' if c else None", True, True),
]


@pytest.mark.parametrize(("kind", "call", "value", "kept"), TABLE)
def test_keyed_widget_identity_on_this_streamlit(kind, call, value, kept):
    before, after = value_before_and_after(kind, call, value, key="w")
    assert before == value
    if kept:
        assert after == value
    else:
        assert after != value


@pytest.mark.parametrize(
    ("kind", "call", "value"),
    [
        ("slider", "'N' if c else 'n', 0, 100, 10", 70),
        ("selectbox", "'c', ['a', 'b', 'z'], help='x' if c else 'y'", "z"),
        ("selectbox", "'c', ['a', 'b', 'z'], placeholder='p' if c else 'q'", "z"),
        ("selectbox", "'c', ['a', 'b', 'z', 'd'] if c else ['a', 'b', 'z']", "z"),
        ("number_input", "'n', 0, 100, 10, help='x' if c else 'y'", 70),
        ("checkbox", "'x', help='h' if c else None", True),
    ],
)
def test_the_same_change_resets_the_widget_without_a_key(kind, call, value):
    before, after = value_before_and_after(kind, call, value, key=None)
    assert before == value
    assert after != value


# Parameters that are not part of the id: changing them keeps even an unkeyed widget.
OUTSIDE_THE_ID = [
    ("selectbox", "'c', ['a', 'b', 'z'], disabled=c", "z"),
    ("selectbox", "'c', ['a', 'b', 'z'], label_visibility='hidden' if c else 'visible'", "z"),
    ("selectbox", "'c', ['a', 'b', 'z'], on_change=(lambda: None) if c else None", "z"),
    ("selectbox", "'c', ['a', 'b', 'z'], on_change=print, args=(2 if c else 1,)", "z"),
    ("selectbox", "'c', ['a', 'b', 'z'], format_func=str.strip if c else str", "z"),
    ("slider", "'n', 0, 100, 10, disabled=c", 70),
    ("text_input", "'t', label_visibility='collapsed' if c else 'visible'", "hi"),
    ("checkbox", "'x', on_change=print, args=('b' if c else 'a',)", True),
]


@pytest.mark.parametrize(("kind", "call", "value"), OUTSIDE_THE_ID)
def test_parameters_outside_the_id_keep_an_unkeyed_widget(kind, call, value):
    before, after = value_before_and_after(kind, call, value, key=None)
    assert before == value
    assert after == value


def test_format_func_counts_only_through_the_labels_it_shows():
    # The function is not hashed, the option labels it returns are: new labels, new widget.
    call = "'c', ['a', 'b', 'z'], format_func=str.upper if c else str"
    assert value_before_and_after("selectbox", call, "z", key=None) == ("z", "a")


def test_the_intro_names_what_is_and_is_not_part_of_an_unkeyed_id():
    intro = " ".join(texts(open_lesson("widget-identity")).split())
    assert "changing any of them" not in intro
    assert (
        "`disabled`, `label_visibility`, `on_change` and `args` are not part of it, and "
        "`format_func` counts only through the option labels it returns" in intro
    )


def test_renaming_a_stateful_expander_or_tab_set_resets_it_even_with_a_key():
    script = (
        "import streamlit as st\n"
        "c = st.session_state.get('changed', False)\n"
        "st.expander('Details!' if c else 'Details', key='e', on_change='rerun')\n"
        "st.tabs(['X', 'Y!'] if c else ['X', 'Y'], key='t', on_change='rerun')\n"
    )
    at = AppTest.from_string(script, default_timeout=TIMEOUT).run()
    at.session_state["e"] = True
    at.session_state["t"] = "Y"
    at.run()
    assert at.expander[0].proto.expanded is True
    at.session_state["changed"] = True
    at.run()
    assert at.session_state["e"] is False
    assert at.expander[0].proto.expanded is False
    assert at.session_state["t"] == "X"


def test_two_unkeyed_widgets_with_the_same_parameters_clash():
    script = "import streamlit as st\nst.text_input('Name')\nst.text_input('Name')\n"
    at = AppTest.from_string(script, default_timeout=TIMEOUT).run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitDuplicateElementId"
    keyed = (
        "import streamlit as st\nst.text_input('Name', key='a')\nst.text_input('Name', key='b')\n"
    )
    assert not AppTest.from_string(keyed, default_timeout=TIMEOUT).run().exception


def test_writing_the_key_in_a_callback_moves_a_keyed_widget():
    script = (
        "import streamlit as st\n"
        "def pick():\n"
        "    st.session_state.w = 'z'\n"
        "st.selectbox('c', ['a', 'b', 'z'], index=0, key='w')\n"
        "st.button('Pick z', on_click=pick)\n"
    )
    at = AppTest.from_string(script, default_timeout=TIMEOUT).run()
    at.button[0].click().run()
    assert at.selectbox[0].value == "z"


@pytest.mark.parametrize("word", ["reset", "identity", "Reset widget"])
def test_search_finds_the_lesson(word):
    assert "widget-identity" in [lesson.slug for lesson in search_lessons(word)]
