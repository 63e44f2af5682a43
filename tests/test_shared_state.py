"""What every user shares: module globals leak, caches are per process (resource: one object,
data: copies), session state is per session; classes and Enums defined in the script are new
on every run. Several learners are several AppTests in this one process, as on one server."""

from __future__ import annotations

import importlib
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator

import pytest
import streamlit as st
from conftest import (
    TIMEOUT,
    exception_type,
    links_to_lesson,
    open_lesson,
    open_snippet,
    snippet_path,
    texts,
)
from sessions import Sessions, nothing, press
from streamlit import config
from streamlit.runtime.caching import cache_data_api, cache_resource_api
from streamlit.testing.v1 import AppTest

LIMIT = 10


@pytest.fixture(autouse=True)
def fresh_process_state() -> Iterator[None]:
    """Start and end every test with no shared notes and empty caches, as a fresh server."""
    sys.modules.pop("notes_store", None)
    st.cache_resource.clear()
    st.cache_data.clear()
    yield
    sys.modules.pop("notes_store", None)
    st.cache_resource.clear()
    st.cache_data.clear()


class SnippetSessions(Sessions):
    """Learners of one snippet alone (what each snippet does needs no lesson page around it);
    `open()` without a file opens the lesson page as before."""

    def open(self, file: str | None = None) -> tuple[AppTest, str]:
        if file is None:
            return super().open()
        self.current = f"test-{uuid.uuid4().hex}"
        self.used.append(self.current)
        at = open_snippet(file).run()
        assert not at.exception, [e.value for e in at.exception]
        return at, self.current


@pytest.fixture
def sessions(monkeypatch) -> Iterator[SnippetSessions]:
    tracker = SnippetSessions("shared-state")
    for api in (cache_resource_api, cache_data_api):
        monkeypatch.setattr(api, "get_session_id_or_throw", lambda: tracker.current)
    yield tracker
    for session_id in tracker.used:
        tracker.disconnect(session_id)


def type_and_press(input_key: str, text: str, button_key: str) -> Callable[[AppTest], object]:
    def act(at: AppTest) -> None:
        at.text_input(key=input_key).input(text)
        at.button(key=button_key).click()

    return act


def add_module_note(text: str) -> Callable[[AppTest], object]:
    return type_and_press("shared_module_note", text, "shared_module_add")


def add_my_note(text: str) -> Callable[[AppTest], object]:
    return type_and_press("shared_note", text, "shared_add")


def line(at: AppTest, start: str) -> str:
    return next(m.value for m in at.main.markdown if m.value.startswith(start))


def module_count(at: AppTest) -> str:
    return line(at, "Notes in the module's list:")


def my_count(at: AppTest) -> str:
    return line(at, "Notes in this tab's list:")


def shown(at: AppTest) -> list[str]:
    return [t.value for t in at.main.text]


# Module globals ---------------------------------------------------------------------------


def test_a_note_on_an_imported_module_reaches_every_session(sessions):
    alice, a = sessions.open("shared_state_module_leak.py")
    bob, b = sessions.open("shared_state_module_leak.py")
    sessions.act(a, alice, add_module_note("from alice"))
    assert module_count(alice) == "Notes in the module's list: 1 of 10"
    assert alice.session_state["shared_module_note"] == ""  # the input was cleared
    # Bob never added anything, yet his next run shows Alice's note.
    sessions.act(b, bob, nothing)
    assert module_count(bob) == "Notes in the module's list: 1 of 10"
    assert "from alice" in shown(bob)
    sessions.act(b, bob, add_module_note("from bob"))
    sessions.act(a, alice, nothing)
    assert module_count(alice) == "Notes in the module's list: 2 of 10"
    assert {"from alice", "from bob"} <= set(shown(alice))
    # The notes are in no session's state: they live in the module, where `import` finds it.
    assert importlib.import_module("notes_store").NOTES == ["from alice", "from bob"]


def test_the_leak_is_the_same_on_the_page_and_in_the_snippet_alone(sessions):
    learner, me = sessions.open()
    sessions.act(me, learner, add_module_note("added on the page"))
    alone = open_snippet("shared_state_module_leak.py").run()
    assert "added on the page" in [t.value for t in alone.text]
    alone.text_input(key="shared_module_note").input("added alone")
    alone.button(key="shared_module_add").click().run()
    sessions.act(me, learner, nothing)
    assert "added alone" in shown(learner)


def test_the_shared_list_is_capped_and_says_so(sessions):
    at, me = sessions.open("shared_state_module_leak.py")
    for n in range(LIMIT + 2):
        sessions.act(me, at, add_module_note(f"note {n}"))
    assert module_count(at) == "Notes in the module's list: 10 of 10"
    assert len(sys.modules["notes_store"].NOTES) == LIMIT
    assert "Full. Clearing it clears it for everyone." in [w.value for w in at.main.warning]


def test_blank_notes_are_ignored_and_markup_stays_plain_text(sessions):
    at, me = sessions.open("shared_state_module_leak.py")
    sessions.act(me, at, add_module_note("   "))
    assert module_count(at) == "Notes in the module's list: 0 of 10"
    sessions.act(me, at, add_module_note("<b>**bold**</b>"))
    assert "<b>**bold**</b>" in shown(at)  # st.text: shown as typed, not rendered


def test_notes_in_session_state_stay_in_their_session(sessions):
    alice, a = sessions.open("shared_state_module.py")
    bob, b = sessions.open("shared_state_module.py")
    sessions.act(a, alice, add_my_note("mine"))
    assert alice.session_state["shared_notes"] == ["mine"]
    assert my_count(alice) == "Notes in this tab's list: 1 of 10"
    sessions.act(b, bob, nothing)
    assert bob.session_state["shared_notes"] == []
    assert my_count(bob) == "Notes in this tab's list: 0 of 10"
    sessions.act(b, bob, press("shared_clear"))
    sessions.act(a, alice, nothing)
    assert alice.session_state["shared_notes"] == ["mine"]
    sessions.act(a, alice, press("shared_clear"))
    assert alice.session_state["shared_notes"] == []


def _script_global() -> None:
    import streamlit as st

    RUNS_SEEN = []  # a variable at the top of the script
    RUNS_SEEN.append("this run")
    st.write(f"{len(RUNS_SEEN)} item")


def test_a_variable_at_the_top_of_the_script_starts_over_every_run():
    at = AppTest.from_function(_script_global).run()
    assert at.markdown[0].value == "1 item"
    at.run()
    assert at.markdown[0].value == "1 item"


# Caches -----------------------------------------------------------------------------------


def columns_text(at: AppTest) -> dict[str, tuple[str, str]]:
    """Each place's two lines: (who or which object, the list)."""
    lines = shown(at)
    start = lines.index(next(t for t in lines if t.startswith("this tab: ")))
    return {
        place: tuple(lines[start + 2 * n : start + 2 * n + 2])
        for n, place in enumerate(("session", "resource", "data"))
    }


def tab_name(at: AppTest) -> str:
    return at.session_state["shared_tab"]


def test_session_state_per_tab_cache_resource_one_object_cache_data_copies(sessions):
    alice, a = sessions.open("shared_state_caches.py")
    bob, b = sessions.open("shared_state_caches.py")
    sessions.act(a, alice, press("shared_cache_add"))
    mine = tab_name(alice)
    seen = columns_text(alice)
    assert seen["session"] == (f"this tab: {mine}", mine)
    assert seen["resource"][1] == mine  # the one shared object got the name
    assert seen["data"][1] == "(empty)"  # the append changed a copy only
    assert alice.session_state["shared_tabs"] == [mine]

    sessions.act(b, bob, nothing)
    theirs = columns_text(bob)
    assert tab_name(bob) != mine
    assert theirs["session"] == (f"this tab: {tab_name(bob)}", "(empty)")
    assert theirs["resource"] == seen["resource"]  # same object number, Alice's name in it
    assert theirs["data"] == seen["data"]  # same cached value (same number), still empty

    sessions.act(b, bob, press("shared_cache_add"))
    sessions.act(a, alice, nothing)
    assert columns_text(alice)["resource"][1] == f"{mine}, {tab_name(bob)}"
    assert alice.session_state["shared_tabs"] == [mine]


def test_the_shared_board_is_capped_for_everyone_and_a_reset_resets_it_for_everyone(sessions):
    alice, a = sessions.open("shared_state_caches.py")
    bob, b = sessions.open("shared_state_caches.py")
    for _ in range(LIMIT):
        sessions.act(a, alice, press("shared_cache_add"))
    assert alice.button(key="shared_cache_add").disabled
    assert "The shared list is full: reset it (for everyone)." in [
        w.value for w in alice.main.warning
    ]
    assert len(alice.session_state["shared_tabs"]) == LIMIT
    sessions.act(b, bob, nothing)
    assert bob.button(key="shared_cache_add").disabled  # full for Bob too
    before = columns_text(bob)
    sessions.act(b, bob, press("shared_cache_reset"))
    after = columns_text(bob)
    assert after["resource"][0] != before["resource"][0]  # a new object
    assert after["data"][0] != before["data"][0]
    assert after["resource"][1] == "(empty)"
    sessions.act(a, alice, nothing)
    assert not alice.button(key="shared_cache_add").disabled
    assert columns_text(alice)["resource"] == after["resource"]
    assert len(alice.session_state["shared_tabs"]) == LIMIT  # session state untouched


# Classes and Enums ------------------------------------------------------------------------


def test_the_kept_object_is_per_session(sessions):
    alice, a = sessions.open("shared_state_classes.py")
    sessions.act(a, alice, press("shared_rerun"))
    bob, b = sessions.open(
        "shared_state_classes.py"
    )  # Bob's first run makes his own Order with his run's class
    assert "isinstance(kept, Order): True" in shown(bob)


# A script as a user writes it: the class at its top level (AppTest.from_function would make
# it a local class, which pickle refuses for another reason).
STORES_AN_ORDER = """
from dataclasses import dataclass

import streamlit as st


@dataclass
class Order:
    item: str


if "shared_probe_order" not in st.session_state:
    st.session_state.shared_probe_order = Order("tea")
st.write(f"isinstance: {isinstance(st.session_state.shared_probe_order, Order)}")
"""


def restore_option(name: str) -> Iterator[Callable[[object], None]]:
    previous = config.get_option(name)
    yield lambda value: config.set_option(name, value)
    config.set_option(name, previous)


@pytest.fixture
def enforce() -> Iterator[Callable[[object], None]]:
    yield from restore_option("runner.enforceSerializableSessionState")


@pytest.fixture
def coercion() -> Iterator[Callable[[object], None]]:
    yield from restore_option("runner.enumCoercion")


def test_with_default_settings_an_object_in_session_state_is_a_stranger_next_run(enforce):
    enforce(False)  # Streamlit's default
    at = AppTest.from_string(STORES_AN_ORDER, default_timeout=TIMEOUT).run()
    assert at.markdown[0].value == "isinstance: True"
    at.run()
    assert not at.exception
    assert at.markdown[0].value == "isinstance: False"


def test_with_the_serializable_check_the_next_run_fails(enforce):
    enforce(True)  # this app's setting
    at = AppTest.from_string(STORES_AN_ORDER, default_timeout=TIMEOUT).run()
    assert not at.exception  # the first run pickles the class it just defined
    at.run()
    assert exception_type(at) == "streamlit.errors.UnserializableSessionStateError"
    assert "shared_probe_order" in at.exception[0].value


def test_a_class_from_an_imported_module_stays_the_same_class(tmp_path, monkeypatch, enforce):
    enforce(True)
    (tmp_path / "models.py").write_text(
        "from dataclasses import dataclass\n\n\n@dataclass\nclass Order:\n    item: str\n"
    )
    (tmp_path / "app.py").write_text(
        textwrap.dedent(
            """
            import streamlit as st
            from models import Order

            if "shared_probe_order" not in st.session_state:
                st.session_state.shared_probe_order = Order("tea")
            st.write(f"isinstance: {isinstance(st.session_state.shared_probe_order, Order)}")
            """
        )
    )
    monkeypatch.delitem(sys.modules, "models", raising=False)
    try:
        at = AppTest.from_file(str(tmp_path / "app.py"), default_timeout=TIMEOUT).run()
        at.run()
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        assert at.markdown[0].value == "isinstance: True"
    finally:
        sys.modules.pop("models", None)


ENUM_RADIO = """
from enum import Enum

import streamlit as st

runs = st.session_state.get("shared_probe_runs", 0) + 1
st.session_state.shared_probe_runs = runs
# With shared_probe_changing the values change every run; the names never do.
changing = st.session_state.get("shared_probe_changing", False)


class Size(Enum):
    SMALL = f"small {runs}" if changing else "small"
    LARGE = f"large {runs}" if changing else "large"


widget = st.session_state.get("shared_probe_widget", "radio")
if widget == "radio":
    choice = st.radio("Size", Size, index=1, key="shared_probe_size")
elif widget == "selectbox":
    choice = st.selectbox("Size", Size, index=1, key="shared_probe_size")
else:
    [choice] = st.multiselect("Size", Size, default=[Size.LARGE], key="shared_probe_size")
kept = st.session_state.shared_probe_size
kept = kept[0] if widget == "multiselect" else kept
st.write(f"returned: {isinstance(choice, Size)} {choice.name}")
st.write(f"in state: {isinstance(kept, Size)}")
"""
OPTION_WIDGETS = ["radio", "selectbox", "multiselect"]


def enum_run(changing: bool = False, widget: str = "radio") -> AppTest:
    at = AppTest.from_string(ENUM_RADIO, default_timeout=TIMEOUT)
    at.session_state["shared_probe_changing"] = changing
    at.session_state["shared_probe_widget"] = widget
    at.run()
    at.run()  # a rerun defines Size again; the radio's value is from the first run
    assert not at.exception, [e.value for e in at.exception]
    return at


def lines(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_enum_coercion_default_and_allowed_values():
    from streamlit.elements.lib.options_selector_utils import (
        _ALLOWED_ENUM_COERCION_CONFIG_SETTINGS,
    )

    assert config.get_config_options()["runner.enumCoercion"].default_val == "nameOnly"
    assert set(_ALLOWED_ENUM_COERCION_CONFIG_SETTINGS) == {"off", "nameOnly", "nameAndValue"}


@pytest.mark.parametrize("widget", OPTION_WIDGETS)
def test_name_only_coercion_converts_the_returned_member_not_the_state(enforce, coercion, widget):
    enforce(False)
    coercion("nameOnly")
    assert lines(enum_run(widget=widget)) == ["returned: True LARGE", "in state: False"]


@pytest.mark.parametrize("widget", OPTION_WIDGETS)
def test_without_coercion_the_returned_member_is_from_the_old_class(enforce, coercion, widget):
    enforce(False)
    coercion("off")
    assert lines(enum_run(widget=widget)) == ["returned: False LARGE", "in state: False"]


def test_name_and_value_coercion_needs_the_values_to_match(enforce, coercion):
    enforce(False)
    coercion("nameAndValue")
    assert lines(enum_run()) == ["returned: True LARGE", "in state: False"]
    assert lines(enum_run(changing=True)) == ["returned: False LARGE", "in state: False"]
    coercion("nameOnly")
    assert lines(enum_run(changing=True)) == ["returned: True LARGE", "in state: False"]


def test_with_the_serializable_check_an_enum_widget_fails_after_a_rerun(enforce):
    enforce(True)
    at = AppTest.from_string(ENUM_RADIO, default_timeout=TIMEOUT).run()
    at.run()
    assert exception_type(at) == "streamlit.errors.UnserializableSessionStateError"
    assert "shared_probe_size" in at.exception[0].value


def test_how_it_works_counts_session_scoped_caches_as_per_session():
    # The Classes tab's snippet keeps its Order in such a cache; tests/e2e/test_shared_state.py
    # shows with two real sessions that each one gets its own.
    at = open_lesson("shared-state")
    shown = texts(at)
    bullets = {b.split(":**")[0]: " ".join(b.split()) for b in shown.split("- **")[1:]}
    assert "`st.session_state`" in bullets["Per session"]
    assert '`scope="session"`' in bullets["Per session"]
    assert 'default `scope="global"`' in bullets["Per process, shared by every user"]
    assert "Nothing else" not in shown
    snippet = snippet_path("shared_state_classes.py").read_text(encoding="utf-8")
    assert '@st.cache_resource(scope="session")' in snippet


def test_the_page_frames_the_demos_in_tabs_and_links_on():
    at = open_lesson("shared-state")
    assert [t.label for t in at.main.tabs] == ["Module globals", "Caches", "Classes and enums"]
    assert "runner.enforceSerializableSessionState = true" in texts(at)
    assert config.get_option("runner.enforceSerializableSessionState") is True
    assert links_to_lesson(at, "cache-vs-state")
    assert links_to_lesson(at, "threads")
