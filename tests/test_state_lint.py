"""state-lint: each rule on a dirty and a clean case, the claim of each message shown on the
pinned Streamlit, the command line, and the project's own corpus of snippets and pages."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, TIMEOUT
from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS, lesson_by_slug
from app.paths import SNIPPETS_DIR, snippet_path
from state_lint import RULES, ParseError, check_paths, check_source
from state_lint.cli import main


def code(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# SS004 is off by default (see its `why_off`); the tests of finding fields and app scope use it.
SS004 = frozenset({"SS004"})


def rules_in(source: str) -> list[str]:
    """Every rule's findings, those off by default (`--select`) included."""
    return [finding.rule for finding in check_source(source, select=frozenset(RULES))]


def run_app(source: str) -> AppTest:
    return AppTest.from_string(source, default_timeout=TIMEOUT).run()


def raised(at: AppTest) -> list[str]:
    return [element.proto.type for element in at.exception]


@dataclass(frozen=True)
class Case:
    rule: str
    source: str
    line: int | None = None  # where the finding must be (dirty cases)

    def __str__(self) -> str:
        return self.rule


# -- one dirty and one clean script per rule; the behaviour tests below run the same scripts --

WIDGET_SET_AFTER = code(
    """
    import streamlit as st

    st.text_input("City", key="city")
    st.session_state.city = "Paris"
    """
)
WIDGET_SET_BEFORE = code(
    """
    import streamlit as st

    st.session_state.setdefault("city", "Paris")


    def use_rome():
        st.session_state.city = "Rome"


    st.text_input("City", key="city")
    st.button("Rome", on_click=use_rome)
    """
)
DEFAULT_AND_STATE = code(
    """
    import streamlit as st

    st.session_state.setdefault("team", "Data")
    st.text_input("Team", value="Platform", key="team")
    """
)
STATE_ONLY = code(
    """
    import streamlit as st

    st.session_state.setdefault("team", "Data")
    st.text_input("Team", key="team")
    st.selectbox("Size", ["S", "M"], index=0, key="size")
    st.text_input("Note", "", key="note")
    """
)
RESET_EVERY_RUN = code(
    """
    import streamlit as st

    st.session_state.count = 0
    if st.button("Add"):
        st.session_state.count += 1
    st.write(f"Count: {st.session_state.count}")
    """
)
GUARDED = code(
    """
    import streamlit as st

    if "count" not in st.session_state:
        st.session_state.count = 0
    if st.button("Add"):
        st.session_state.count += 1
    st.write(f"Count: {st.session_state.count}")
    """
)
UNINITIALIZED = code(
    """
    import streamlit as st

    st.write(st.session_state["theme"])
    """
)
READ_WITH_DEFAULT = code(
    """
    import streamlit as st

    st.write(st.session_state.get("theme", "light"))
    """
)
CALLBACK_CALLED = code(
    """
    import streamlit as st

    st.session_state.setdefault("clicks", 0)


    def add():
        st.session_state.clicks += 1


    st.button("Add", on_click=add())
    st.write(f"Clicks: {st.session_state.clicks}")
    """
)
CALLBACK_PASSED = CALLBACK_CALLED.replace("on_click=add()", "on_click=add")
NESTED_BUTTON = code(
    """
    import streamlit as st

    if st.button("Delete"):
        if st.button("Confirm"):
            st.session_state.deleted = True
    """
)
FLAG_THEN_BUTTON = code(
    """
    import streamlit as st

    st.session_state.setdefault("confirming", False)
    if st.button("Delete"):
        st.session_state.confirming = True
    if st.session_state.confirming:
        if st.button("Confirm"):
            st.session_state.deleted = True
    """
)
BUTTON_KEY_SET = code(
    """
    import streamlit as st

    st.session_state.save = True
    st.button("Save", key="save")
    """
)
OWN_KEY_SET = code(
    """
    import streamlit as st

    st.session_state.setdefault("saved", False)


    def mark_saved():
        st.session_state.saved = True


    st.button("Save", key="save", on_click=mark_saved)
    """
)
LAMBDA_STORED = code(
    """
    import streamlit as st

    st.session_state.setdefault("double", lambda x: x * 2)
    """
)
DATA_STORED = code(
    """
    import threading

    import streamlit as st


    @st.cache_resource
    def shared_lock():
        return threading.Lock()


    st.session_state.setdefault("doubled", [x * 2 for x in range(3)])
    with shared_lock():
        st.write(st.session_state.doubled)
    """
)
SCRIPT_CLASS_STORED = code(
    """
    import streamlit as st


    class Point:
        pass


    st.session_state.setdefault("point", Point())
    st.write(f"isinstance: {isinstance(st.session_state.point, Point)}")
    """
)
PLAIN_DATA_STORED = code(
    """
    import streamlit as st

    st.session_state.setdefault("point", {"x": 1, "y": 2})
    st.write(st.session_state.point)
    """
)
LOOP_CONSTANT_KEY = code(
    """
    import streamlit as st

    for name in ["Ada", "Grace"]:
        st.text_input(f"Nickname of {name}", key="nickname")
    """
)
LOOP_ARGS_ONLY = code(
    """
    import streamlit as st


    def delete(index):
        st.session_state.deleted = index


    for index in range(3):
        st.button("Delete", on_click=delete, args=(index,))
    """
)
LOOP_OVER_COLUMNS = code(
    """
    import streamlit as st

    for column in st.columns(2):
        column.button("Pick")
    """
)
LOOP_VARYING_KEY = code(
    """
    import streamlit as st

    for name in ["Ada", "Grace"]:
        st.text_input(f"Nickname of {name}", key=f"nickname_{name}")
    for column, label in zip(st.columns(2), ["Left", "Right"]):
        column.button(label)
    """
)
MODULE_LIST_IN_SCRIPT = code(
    """
    import streamlit as st

    LOG = []


    def remember():
        LOG.append("clicked")


    st.button("Remember", on_click=remember)
    st.write(f"Entries: {len(LOG)}")
    """
)
LIST_IN_STATE = code(
    """
    import streamlit as st

    st.session_state.setdefault("log", [])


    def remember():
        st.session_state.log.append("clicked")


    st.button("Remember", on_click=remember)
    st.write(f"Entries: {len(st.session_state.log)}")
    """
)
RERUN_IN_CALLBACK = code(
    """
    import streamlit as st

    st.session_state.setdefault("saved", 0)
    st.session_state.setdefault("logged", 0)


    def save():
        st.session_state.saved += 1
        st.rerun()
        st.session_state.logged += 1


    st.button("Save", on_click=save)
    st.write(f"saved={st.session_state.saved} logged={st.session_state.logged}")
    """
)
NO_RERUN_IN_CALLBACK = RERUN_IN_CALLBACK.replace("    st.rerun()\n", "")
CHANGING_KEY = code(
    """
    import uuid

    import streamlit as st

    st.text_input("Nickname", key=f"nick_{uuid.uuid4().hex}")
    """
)
STABLE_KEY = code(
    """
    import streamlit as st

    st.text_input("Nickname", key="nick")
    """
)
CALLBACK_IN_FORM = code(
    """
    import streamlit as st


    def changed():
        pass


    with st.form("profile"):
        st.text_input("Email", key="email", on_change=changed)
        st.form_submit_button("Save")
    """
)
CALLBACK_ON_SUBMIT = code(
    """
    import streamlit as st


    def saved():
        pass


    with st.form("profile"):
        st.text_input("Email", key="email")
        st.form_submit_button("Save", on_click=saved)
    """
)
DUPLICATE_KEY = code(
    """
    import streamlit as st

    st.text_input("First name", key="name")
    st.text_input("Last name", key="name")
    """
)
EXCLUSIVE_BRANCHES = code(
    """
    import streamlit as st

    if st.session_state.get("mode") == "short":
        st.text_input("Name", key="name")
    else:
        st.text_area("Name", key="name")
    """
)

DIRTY = [
    Case("SS001", WIDGET_SET_AFTER, 4),
    Case(
        "SS001",
        code(
            """
            import streamlit as st

            st.text_input("City", key="city")
            if st.button("Paris"):
                st.session_state["city"] = "Paris"
            """
        ),
        5,
    ),
    Case(
        "SS001",
        code(
            """
            import streamlit as st


            def sidebar():
                st.sidebar.text_input("Search", key="query")


            sidebar()
            st.session_state.query = ""
            """
        ),
        9,
    ),
    Case("SS002", DEFAULT_AND_STATE, 4),
    Case(
        "SS002",
        code(
            """
            import streamlit as st

            if "size" not in st.session_state:
                st.session_state.size = "M"
            st.selectbox("Size", ["S", "M", "L"], 2, key="size")
            """
        ),
        5,
    ),
    Case(
        "SS002",
        code(
            """
            import streamlit as st


            def reset():
                st.session_state.update({"limit": 10})


            st.slider("Limit", 0, 100, 50, key="limit")
            st.button("Reset", on_click=reset)
            """
        ),
        8,
    ),
    Case("SS003", RESET_EVERY_RUN, 3),
    Case(
        "SS003",
        code(
            """
            import streamlit as st

            with st.sidebar:
                st.session_state["filters"] = []
            """
        ),
        4,
    ),
    Case("SS004", UNINITIALIZED, 3),
    Case(
        "SS004",
        code(
            """
            import streamlit as st

            st.session_state.visits += 1
            """
        ),
        3,
    ),
    Case("SS005", CALLBACK_CALLED, 10),
    Case(
        "SS005",
        code(
            """
            import streamlit as st


            def changed(name):
                st.session_state.last = name


            st.text_input("Name", key="name", on_change=changed("name"))
            """
        ),
        8,
    ),
    Case("SS006", NESTED_BUTTON, 4),
    Case(
        "SS006",
        code(
            """
            import streamlit as st

            clicked = st.button("Open")
            if clicked:
                with st.container():
                    if st.button("Send"):
                        st.write("sent")
            """
        ),
        6,
    ),
    Case("SS007", BUTTON_KEY_SET, 3),
    Case(
        "SS007",
        code(
            """
            import streamlit as st


            def clear_upload():
                st.session_state.upload = None


            st.file_uploader("CSV", key="upload")
            st.button("Clear", on_click=clear_upload)
            """
        ),
        5,
    ),
    Case(
        "SS007",
        code(
            """
            import streamlit as st

            st.session_state.setdefault("signup", True)
            with st.form("signup"):
                st.form_submit_button("Send", key="send")
            """
        ),
        3,
    ),
    Case("SS008", LAMBDA_STORED, 3),
    Case(
        "SS008",
        code(
            """
            import threading

            import streamlit as st

            if "lock" not in st.session_state:
                st.session_state.lock = threading.Lock()
            """
        ),
        6,
    ),
    Case(
        "SS008",
        code(
            """
            import streamlit as st

            with open(__file__) as handle:
                st.session_state.handle = handle
            """
        ),
        4,
    ),
    Case(
        "SS008",
        code(
            """
            import sqlite3

            import streamlit as st

            st.session_state.setdefault("rows", (n * n for n in range(3)))
            st.session_state.setdefault("db", sqlite3.connect(":memory:"))
            """
        ),
        5,
    ),
    Case("SS009", SCRIPT_CLASS_STORED, 8),
    Case("SS010", LOOP_CONSTANT_KEY, 4),
    Case("SS010", LOOP_ARGS_ONLY, 9),
    Case("SS010", LOOP_OVER_COLUMNS, 4),
    Case("SS011", MODULE_LIST_IN_SCRIPT, 7),
    Case(
        "SS011",
        code(
            """
            import streamlit as st

            CART: dict[str, int] = {}


            def add(item):
                CART[item] = CART.get(item, 0) + 1


            st.button("Add", on_click=add, args=("tea",))
            """
        ),
        7,
    ),
    Case("SS012", RERUN_IN_CALLBACK, 9),
    Case(
        "SS012",
        code(
            """
            import streamlit as st

            st.button("Refresh", on_click=lambda: st.rerun())
            """
        ),
        3,
    ),
    Case("SS013", CHANGING_KEY, 5),
    Case(
        "SS013",
        code(
            """
            import time

            import streamlit as st

            st.checkbox("Done", key=str(time.time()))
            """
        ),
        5,
    ),
    Case("SS014", CALLBACK_IN_FORM, 9),
    Case(
        "SS014",
        code(
            """
            import streamlit as st

            form = st.form("search")
            form.selectbox("Region", ["EU", "US"], on_change=print)
            form.form_submit_button("Go")
            """
        ),
        4,
    ),
    Case("SS015", DUPLICATE_KEY, 4),
]

CLEAN = [
    Case("SS001", WIDGET_SET_BEFORE),
    Case("SS002", STATE_ONLY),
    Case("SS003", GUARDED),
    Case(
        "SS003",
        code(
            """
            import streamlit as st

            st.session_state.setdefault("saved_city", "Berlin")
            # Copy a kept value into a widget's key before the widget: nothing is reset.
            st.session_state.city_input = st.session_state.saved_city
            st.text_input("City", key="city_input")
            """
        ),
    ),
    Case(
        "SS003",
        code(
            """
            import streamlit as st

            # Mirrors the widget's value on every run: nothing the user did is lost.
            st.session_state["last_search"] = st.text_input("Search")
            """
        ),
    ),
    Case("SS004", READ_WITH_DEFAULT),
    Case(
        "SS004",
        code(
            """
            import streamlit as st

            DEFAULTS = {"theme": "light", "page_size": 25}
            for key, value in DEFAULTS.items():
                if key not in st.session_state:
                    st.session_state[key] = value
            st.write(st.session_state.theme, st.session_state["page_size"])
            """
        ),
    ),
    Case("SS005", CALLBACK_PASSED),
    Case(
        "SS005",
        code(
            """
            import functools

            import streamlit as st


            def vote_for(animal):
                return lambda: st.session_state.update(vote=animal)


            def vote(animal):
                st.session_state.vote = animal


            st.button("Cats", on_click=vote_for("cats"))
            st.button("Dogs", on_click=functools.partial(vote, "dogs"))
            """
        ),
    ),
    Case("SS006", FLAG_THEN_BUTTON),
    Case("SS007", OWN_KEY_SET),
    Case("SS008", DATA_STORED),
    Case("SS009", PLAIN_DATA_STORED),
    Case("SS010", LOOP_VARYING_KEY),
    Case("SS011", LIST_IN_STATE),
    Case(
        "SS011",
        code(
            """
            import streamlit as st

            REGIONS = ["EU", "US"]
            REGIONS.append("APAC")  # at module level: runs once per run, per user


            def pick(regions):
                regions = list(regions)
                regions.append("LATAM")
                return regions


            st.selectbox("Region", pick(REGIONS), key="region")
            """
        ),
    ),
    Case("SS012", NO_RERUN_IN_CALLBACK),
    Case(
        "SS012",
        code(
            """
            import streamlit as st


            @st.fragment(key="chart")
            def chart():
                st.line_chart([1, 2, 3])


            chart()
            st.button("Refresh the chart", on_click=lambda: st.rerun("chart"))
            """
        ),
    ),
    Case(
        "SS012",
        code(
            """
            import streamlit as st


            def refresh_everything():
                st.rerun()  # from a fragment's widget: asks for a full-app rerun


            @st.fragment
            def filters():
                st.button("Apply to the whole page", on_click=refresh_everything)


            filters()
            """
        ),
    ),
    Case("SS013", STABLE_KEY),
    Case("SS014", CALLBACK_ON_SUBMIT),
    Case("SS015", EXCLUSIVE_BRANCHES),
]


def test_every_rule_has_a_dirty_and_a_clean_case():
    assert {case.rule for case in DIRTY} == set(RULES) == {case.rule for case in CLEAN}


@pytest.mark.parametrize("case", DIRTY, ids=str)
def test_dirty_case_is_flagged_with_its_rule_on_its_line(case):
    findings = check_source(case.source, select=frozenset(RULES))
    assert (case.rule, case.line) in [(f.rule, f.line) for f in findings], findings


@pytest.mark.parametrize("case", CLEAN, ids=str)
def test_clean_case_has_no_finding(case):
    assert check_source(case.source, select=frozenset(RULES)) == []


# -- what each message claims, shown on Streamlit 1.67 with the same scripts ------------------


def test_ss001_assigning_a_drawn_widgets_key_raises_and_assigning_before_does_not():
    assert raised(run_app(WIDGET_SET_AFTER)) == [
        "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    ]
    at = run_app(WIDGET_SET_BEFORE)
    assert not at.exception and at.text_input(key="city").value == "Paris"
    at.button[0].click().run()
    assert not at.exception and at.text_input(key="city").value == "Rome"


def test_ss002_value_is_ignored_when_the_key_has_a_state_value():
    at = run_app(DEFAULT_AND_STATE)
    assert not at.exception
    assert at.text_input(key="team").value == "Data"  # not "Platform"


def test_ss003_an_unguarded_assignment_resets_on_every_rerun():
    dirty = run_app(RESET_EVERY_RUN)
    dirty.button[0].click().run()
    dirty.button[0].click().run()
    assert not dirty.exception  # no error: the clicks are silently lost
    assert dirty.session_state.count == 1  # reset to 0 by each run, then +1
    clean = run_app(GUARDED)
    clean.button[0].click().run()
    clean.button[0].click().run()
    assert clean.session_state.count == 2


def test_ss004_reading_a_key_nobody_set_raises_and_get_does_not():
    assert raised(run_app(UNINITIALIZED)) == ["KeyError"]
    attribute = run_app("import streamlit as st\nst.write(st.session_state.theme)\n")
    assert raised(attribute) == ["AttributeError"]
    at = run_app(READ_WITH_DEFAULT)
    assert not at.exception and at.markdown[0].value == "light"


def test_ss005_a_called_callback_runs_on_every_run_and_not_on_click():
    dirty = run_app(CALLBACK_CALLED)
    assert dirty.session_state.clicks == 1  # ran while the button was drawn, no click
    dirty.run()
    assert dirty.session_state.clicks == 2  # and again on every rerun
    clean = run_app(CALLBACK_PASSED)
    assert clean.session_state.clicks == 0
    clean.button[0].click().run()
    assert clean.session_state.clicks == 1


def test_ss006_a_button_nested_in_a_button_never_fires():
    dirty = run_app(NESTED_BUTTON)
    dirty.button[0].click().run()
    assert [b.label for b in dirty.button] == ["Delete", "Confirm"]
    dirty.button[1].click().run()
    assert "deleted" not in dirty.session_state
    assert [b.label for b in dirty.button] == ["Delete"]  # the click only hid it
    clean = run_app(FLAG_THEN_BUTTON)
    clean.button[0].click().run()
    clean.button[1].click().run()
    assert clean.session_state.deleted is True


@pytest.mark.parametrize("case", [c for c in DIRTY if c.rule == "SS007"], ids=str)
def test_ss007_assigning_a_read_only_widgets_key_raises(case):
    at = run_app(case.source)
    if not at.exception:
        at.button[0].click().run()  # the assignment is in a callback
    assert raised(at) == ["streamlit.errors.StreamlitValueAssignmentNotAllowedError"]


def test_ss007_a_key_of_your_own_can_be_set():
    at = run_app(OWN_KEY_SET)
    at.button[0].click().run()
    assert not at.exception and at.session_state.saved is True


@pytest.mark.parametrize("case", [c for c in DIRTY if c.rule == "SS008"], ids=str)
def test_ss008_each_flagged_value_fails_the_serializable_check(case):
    # This project runs with runner.enforceSerializableSessionState = true (conftest: cwd).
    assert raised(run_app(case.source))[:1] == ["streamlit.errors.UnserializableSessionStateError"]


def test_ss008_plain_data_and_a_cached_lock_pass():
    at = run_app(DATA_STORED)
    assert not at.exception


def test_ss009_a_script_class_fails_isinstance_and_pickling_on_the_next_run():
    at = run_app(SCRIPT_CLASS_STORED)
    assert not at.exception and at.markdown[0].value == "isinstance: True"
    at.run()
    assert at.markdown[0].value == "isinstance: False"
    assert raised(at) == ["streamlit.errors.UnserializableSessionStateError"]
    clean = run_app(PLAIN_DATA_STORED).run()
    assert not clean.exception


@pytest.mark.parametrize(
    ("source", "error"),
    [
        (LOOP_CONSTANT_KEY, "StreamlitDuplicateElementKey"),
        (LOOP_ARGS_ONLY, "StreamlitDuplicateElementId"),  # args are not part of the identity
        (LOOP_OVER_COLUMNS, "StreamlitDuplicateElementId"),  # nor is the column
    ],
    ids=["constant-key", "args", "columns"],
)
def test_ss010_a_widget_that_does_not_change_with_the_loop_collides(source, error):
    assert raised(run_app(source)) == [f"streamlit.errors.{error}"]


def test_ss010_keys_and_labels_from_the_loop_do_not_collide():
    at = run_app(LOOP_VARYING_KEY)
    assert not at.exception and len(at.text_input) == 2 and len(at.button) == 2


def test_ss011_a_module_level_list_in_the_script_is_rebuilt_every_run():
    at = run_app(MODULE_LIST_IN_SCRIPT)
    at.button[0].click().run()
    assert not at.exception
    assert at.markdown[0].value == "Entries: 0"  # the callback changed last run's list
    clean = run_app(LIST_IN_STATE)
    clean.button[0].click().run()
    assert clean.markdown[0].value == "Entries: 1"


def test_ss011_a_module_level_list_in_an_imported_module_is_shared_by_sessions(
    tmp_path, monkeypatch
):
    module = code(
        """
        CART = []


        def add(item):
            CART.append(item)
        """
    )
    name = f"cart_{tmp_path.name.replace('-', '_')}"
    (tmp_path / f"{name}.py").write_text(module, encoding="utf-8")
    assert rules_in("import streamlit as st\n" + module) == ["SS011"]
    assert check_source("import streamlit as st\n" + module) == []  # off by default
    monkeypatch.syspath_prepend(str(tmp_path))
    app = code(
        f"""
        import streamlit as st
        from {name} import CART, add

        st.text_input("Item", key="item")
        st.button("Add", on_click=lambda: add(st.session_state.item))
        st.write(f"Cart: {{CART}}")
        """
    )
    ada = run_app(app)
    ada.text_input(key="item").input("tea").run()
    ada.button[0].click().run()
    grace = run_app(app)  # another session: nothing added there
    assert not grace.exception
    assert grace.markdown[0].value == "Cart: ['tea']"
    monkeypatch.delitem(sys.modules, name)


def test_ss012_rerun_stops_the_callback_and_the_app_reruns_without_it():
    dirty = run_app(RERUN_IN_CALLBACK)
    dirty.button[0].click().run()
    assert dirty.markdown[0].value == "saved=1 logged=0"  # the line after st.rerun() skipped
    clean = run_app(NO_RERUN_IN_CALLBACK)
    clean.button[0].click().run()
    assert clean.markdown[0].value == "saved=1 logged=1"  # shown without any st.rerun()


def test_ss013_a_key_that_changes_every_run_forgets_the_input():
    dirty = run_app(CHANGING_KEY)
    dirty.text_input[0].input("Ada").run()
    assert dirty.text_input[0].value == ""
    clean = run_app(STABLE_KEY)
    clean.text_input[0].input("Ada").run()
    assert clean.text_input[0].value == "Ada"


def test_ss014_a_callback_on_a_form_field_raises_and_on_submit_does_not():
    assert raised(run_app(CALLBACK_IN_FORM)) == [
        "streamlit.errors.StreamlitInvalidFormCallbackError"
    ]
    assert not run_app(CALLBACK_ON_SUBMIT).exception


def test_ss015_two_widgets_with_one_key_raise_but_exclusive_branches_do_not():
    assert raised(run_app(DUPLICATE_KEY)) == ["streamlit.errors.StreamlitDuplicateElementKey"]
    at = run_app(EXCLUSIVE_BRANCHES)
    assert not at.exception
    at.session_state["mode"] = "short"
    assert not at.run().exception


# -- findings, ignores, parse errors -----------------------------------------------------------


def test_a_finding_has_line_column_rule_message_and_lesson():
    [finding] = check_source(UNINITIALIZED, "app.py", select=SS004)
    assert (finding.path, finding.line, finding.column, finding.rule) == ("app.py", 3, 10, "SS004")
    assert "'theme'" in finding.message and "\n" not in finding.message
    assert finding.lesson == "/initialize"
    assert finding.as_text() == (f"app.py:3:10 SS004 {finding.message} (lesson: /initialize)")


def test_columns_count_characters_not_bytes():
    source = 'import streamlit as st\nst.write("héllo ✓", st.session_state.x)\n'
    [finding] = check_source(source, select=SS004)
    assert finding.column == source.splitlines()[1].index("st.session_state") + 1


def test_an_ignore_comment_silences_only_the_named_rules_on_its_line():
    source = BUTTON_KEY_SET.replace(
        "st.session_state.save = True", "st.session_state.save = True  # state-lint: ignore[SS007]"
    )
    assert rules_in(BUTTON_KEY_SET) == ["SS003", "SS007"]
    assert rules_in(source) == ["SS003"]
    both = source.replace("ignore[SS007]", "ignore[SS003, ss007]")
    assert rules_in(both) == []


def test_ignore_text_inside_a_string_is_not_a_comment():
    source = UNINITIALIZED.replace(
        'st.write(st.session_state["theme"])',
        'st.write(st.session_state["theme"], "# state-lint: ignore[SS004]")',
    )
    assert rules_in(source) == ["SS004"]


def test_code_without_streamlit_is_not_checked():
    assert check_source("LOG = []\ndef f():\n    LOG.append(1)\n") == []


def test_apptest_queries_in_a_test_file_are_not_widgets():
    source = code(
        """
        from streamlit.testing.v1 import AppTest


        def test_it():
            at = AppTest.from_file("app.py").run()
            at.text_input(key="name").input("Ada").run()
            at.text_input(key="name").input("Grace").run()
        """
    )
    assert check_source(source) == []


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("import streamlit as st\nst.write(\n", 2, "never closed"),
        ("import streamlit as st\nif True\n    pass\n", 2, "expected ':'"),
        ("x = 1\n  y = 2\n", 2, "indent"),
    ],
)
def test_unparsable_code_raises_a_parse_error_with_its_line(source, line, words):
    with pytest.raises(ParseError) as caught:
        check_source(source, "app.py")
    assert caught.value.line == line and words in caught.value.message
    assert str(caught.value).startswith(f"app.py:{line}")


def test_code_nested_too_deeply_is_a_parse_error_not_a_crash():
    with pytest.raises(ParseError, match="nested too deeply"):
        check_source("import streamlit as st\nx = " + "+".join(["1"] * 50_000) + "\n")


def test_checking_never_runs_the_code(tmp_path):
    marker = tmp_path / "ran.txt"
    source = code(
        f"""
        import streamlit as st
        open({str(marker)!r}, "w").write("executed")
        raise SystemExit("executed")
        st.session_state.count = 0
        """
    )
    assert rules_in(source) == ["SS003"]
    app = tmp_path / "app.py"
    app.write_text(source, encoding="utf-8")
    assert [f.rule for f in check_paths([app]).findings] == ["SS003"]
    assert not marker.exists()


def test_keys_built_at_run_time_are_invisible_to_the_check():
    # A real KeyError that no static check can see: the key is computed when the script runs.
    source = code(
        """
        import streamlit as st

        name = "the" + "me"
        st.write(st.session_state[name])
        """
    )
    assert raised(run_app(source)) == ["KeyError"]
    assert check_source(source) == []


def test_the_page_and_the_command_line_report_the_same_findings():
    demo = SNIPPETS_DIR / "check_your_code" / "check_your_code_demo.py"
    result = cli("--format", "json", str(demo))
    shown = [
        (f["line"], f["column"], f["rule"], f["message"])
        for f in json.loads(result.stdout)["findings"]
    ]
    direct = check_source(demo.read_text(encoding="utf-8"), assume_st=True)
    assert shown == [(f.line, f.column, f.rule, f.message) for f in direct]
    assert {rule for _, _, rule, _ in shown} == {"SS003", "SS005", "SS006"}


def test_a_fragment_without_imports_is_checked_only_when_asked():
    fragment = "st.session_state.count = 0\n"
    assert check_source(fragment) == []
    assert rules_in(fragment) == []
    assert [f.rule for f in check_source(fragment, assume_st=True)] == ["SS003"]


def test_keys_initialized_in_another_checked_file_count(tmp_path):
    """A page alone gets the answers its app gets: its entry file (beside `pages/`) runs first;
    another app in the same tree (its own `.streamlit/`) does not share its keys."""
    (tmp_path / "app.py").write_text(
        'import streamlit as st\nst.session_state.setdefault("user", "")\n', encoding="utf-8"
    )
    (tmp_path / "pages").mkdir()
    page = tmp_path / "pages" / "page.py"
    page.write_text("import streamlit as st\nst.write(st.session_state.user)\n", encoding="utf-8")
    assert check_paths([page], select=SS004).findings == []
    assert check_paths([tmp_path], select=SS004).findings == []
    other = tmp_path / "other"
    (other / ".streamlit").mkdir(parents=True)
    (other / "main.py").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    assert [f.rule for f in check_paths([other / "main.py"], select=SS004).findings] == ["SS004"]
    assert [
        (Path(f.path).name, f.rule) for f in check_paths([tmp_path], select=SS004).findings
    ] == [("main.py", "SS004")]


# -- the command line ---------------------------------------------------------------------------

LINE_FORMAT = re.compile(r"^(?P<path>.+):(\d+):(\d+) (SS\d{3}) (.+) \(lesson: (/[a-z0-9-]+)\)$")


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "state_lint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "dirty.py").write_text(RESET_EVERY_RUN, encoding="utf-8")
    (tmp_path / "clean.py").write_text(GUARDED, encoding="utf-8")
    (tmp_path / "broken.py").write_text("import streamlit as st\nst.write(\n", encoding="utf-8")
    return tmp_path


def test_cli_exit_0_and_silent_when_clean(project):
    result = cli(str(project / "clean.py"))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_cli_exit_1_with_one_line_per_finding(project):
    result = cli(str(project / "dirty.py"))
    assert result.returncode == 1 and result.stderr == ""
    [line] = result.stdout.splitlines()
    match = LINE_FORMAT.match(line)
    assert match, line
    assert match.group(1) == str(project / "dirty.py")
    assert match.group(2, 3, 4, 6) == ("3", "1", "SS003", "/initialize")


def test_cli_exit_2_on_an_unparsable_file_without_a_traceback(project):
    result = cli(str(project))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    expected = f"{project / 'broken.py'}:2:9: cannot parse: '(' was never closed"
    assert result.stderr.strip() == expected
    # the other files are still checked and reported
    assert [LINE_FORMAT.match(line).group(4) for line in result.stdout.splitlines()] == ["SS003"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file or folder"), (b"x = '\xff'\n", "cannot decode the file")],
    ids=["missing", "not-utf8"],
)
def test_cli_exit_2_on_a_file_it_cannot_read(tmp_path, content, message):
    path = tmp_path / "app.py"
    if content is not None:
        path.write_bytes(content)
    result = cli(str(path))
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_json_output(project):
    result = cli("--format", "json", str(project))
    assert result.returncode == 2
    payload = json.loads(result.stdout)
    assert payload["findings"] == [
        {
            "path": str(project / "dirty.py"),
            "line": 3,
            "column": 1,
            "rule": "SS003",
            "message": check_source(RESET_EVERY_RUN)[0].message,
            "lesson": "/initialize",
        }
    ]
    assert payload["errors"] == [
        {
            "path": str(project / "broken.py"),
            "line": 2,
            "column": 9,
            "message": "'(' was never closed",
        }
    ]
    clean = json.loads(cli("--format", "json", str(project / "clean.py")).stdout)
    assert clean == {"findings": [], "errors": []}


def test_cli_searches_folders_but_skips_hidden_ones_and_virtualenvs(tmp_path):
    for folder in ("pages", ".venv/lib", "venv", "__pycache__"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "page.py").write_text(UNINITIALIZED, encoding="utf-8")
    result = cli("--select", "SS004", str(tmp_path))
    assert result.returncode == 1
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [
        str(tmp_path / "pages" / "page.py")
    ]


def test_cli_without_paths_is_a_usage_error():
    result = cli()
    assert result.returncode == 2 and "give at least one file or folder" in result.stderr


def test_cli_lists_every_rule_with_its_lesson():
    result = cli("--list-rules")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(RULES)
    assert all(line.endswith(f"(lesson: {RULES[line.split()[0]].lesson_path})") for line in lines)


def test_the_installed_command_is_state_lint_cli_main():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["state-lint"] == "state_lint.cli:main"
    assert main(["--list-rules"]) == 0


@pytest.mark.skipif(
    shutil.which("state-lint") is None and os.environ.get("CI") != "true",
    reason='state-lint is not on PATH: run `pip install -e ".[test]"` (required under CI=true)',
)
def test_the_installed_command_runs(project):
    command = shutil.which("state-lint")
    assert command is not None, "pip install -e . installs the state-lint command"
    result = subprocess.run(
        [command, str(project / "dirty.py")], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1 and "SS003" in result.stdout


def test_pre_commit_hook_runs_the_command_on_python_files():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    hook = dict(
        line.strip().removeprefix("- ").split(": ", 1)
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
    # The hook runs the package's own launcher (a python hook would pip install the whole app);
    # tests/test_state_lint_package.py runs it through pre-commit.
    assert hook["id"] == "state-lint" and hook["entry"] == "state_lint/pre_commit_hook.py"
    assert hook["language"] == "script" and hook["types"] == "[python]"


# -- the project's own corpus ------------------------------------------------------------------

# Each broken snippet whose mistake shows in its text, and the rule that must flag it.
BROKEN_FLAGGED_BY = {
    "errors_button_value_broken.py": "SS007",
    "errors_duplicate_key_broken.py": "SS015",
    "errors_form_callback_broken.py": "SS014",
    "errors_missing_key_broken.py": "SS004",
    "errors_widget_modified_broken.py": "SS001",
    "forms_callback_broken.py": "SS014",
    "initialize_missing_attr_broken.py": "SS004",
    "initialize_missing_item_broken.py": "SS004",
    "serializable_lambda_broken.py": "SS008",
    "uploads_read_only_broken.py": "SS007",
}
# Broken snippets a static check cannot see, and why.
BROKEN_NOT_STATIC: dict[str, str] = {
    "threads_session_state_broken.py": "the read is fine as code; it fails only because it "
    "runs in a thread without the script's context, which the code cannot show",
}
# Snippets that show a mistake on purpose but raise nothing (so they are not named *_broken.py):
# the linter must flag exactly that mistake.
DELIBERATE_MISTAKES = {
    "widget_keys_value_conflict.py": {"SS002"},
    "troubleshooting_reset_every_run.py": {"SS003"},
    "troubleshooting_changing_key.py": {"SS013"},
    "check_your_code_demo.py": {"SS003", "SS005", "SS006"},
}


def snippet_files() -> list[Path]:
    """Every snippet script (the test files beside them are not snippets)."""
    return sorted(p for p in SNIPPETS_DIR.glob("*/*.py") if not p.name.startswith("test_"))


def owning_lesson(file: str) -> str:
    return next(lesson.slug for lesson in LESSONS for s in lesson.snippets if s.file == file)


def test_every_broken_snippet_is_accounted_for():
    broken = {p.name for p in snippet_files() if p.name.endswith("_broken.py")}
    assert broken == set(BROKEN_FLAGGED_BY) | set(BROKEN_NOT_STATIC), (
        "add each new *_broken.py to BROKEN_FLAGGED_BY (with its rule) or BROKEN_NOT_STATIC"
    )


@pytest.mark.parametrize("file", sorted(BROKEN_FLAGGED_BY))
def test_broken_snippet_is_flagged_with_the_rule_its_lesson_explains(file):
    rule = RULES[BROKEN_FLAGGED_BY[file]]
    source = snippet_path(file).read_text(encoding="utf-8")
    assert rule.id in rules_in(source)
    assert owning_lesson(file) in (rule.lesson, *rule.also_in)


@pytest.mark.parametrize(
    "path", [p for p in snippet_files() if not p.name.endswith("_broken.py")], ids=lambda p: p.name
)
def test_every_other_snippet_is_clean(path):
    found = set(rules_in(path.read_text(encoding="utf-8")))
    assert found == DELIBERATE_MISTAKES.get(path.name, set())


def test_the_apps_own_pages_and_components_are_clean():
    report = check_paths([ROOT / "Home.py", ROOT / "lessons", ROOT / "app"])
    assert report.errors == []
    assert [f.as_text() for f in report.findings] == []


def test_every_rule_points_at_a_lesson_of_this_app():
    for rule in RULES.values():
        for slug in (rule.lesson, *rule.also_in):
            assert lesson_by_slug(slug) is not None, f"{rule.id} -> {slug}"
