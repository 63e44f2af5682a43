"""Sticky filters: key-bound multiselect, URL binding, junk links, reset, page switches."""

from __future__ import annotations

from conftest import (
    HOME,
    TIMEOUT,
    button,
    click,
    headings,
    open_lesson,
    open_snippet,
    snippet_function,
    texts,
)
from streamlit.testing.v1 import AppTest

PAGE = "lessons/filters.py"
ALL_ROWS = len(snippet_function("filters_dashboard.py", "sample_sales")())


def open_link(**params) -> AppTest:
    """A new session from a link: Home.py with query params, then the filters page."""
    at = AppTest.from_file(str(HOME), default_timeout=TIMEOUT)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def dashboard(**params) -> AppTest:
    """The dashboard snippet alone, opened from a link with these query params: how it reads
    and cleans them needs no lesson page around it."""
    at = open_snippet("filters_dashboard.py")
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def regions(at):
    return at.multiselect(key="selected_regions")


def shown_rows(at) -> int:
    return len(at.main.dataframe[0].value)


def reset(at):
    click(at, "Reset filters")


def test_seed_multiselect_drives_the_dashboard():
    at = dashboard()
    assert regions(at).label == "Regions"
    assert regions(at).options == ["APAC", "EMEA", "LATAM", "North America"]
    assert at.session_state["selected_regions"] == []
    assert "Current filters: none (all regions)" in texts(at)
    assert shown_rows(at) == ALL_ROWS
    regions(at).set_value(["EMEA", "APAC"]).run()
    assert at.session_state["selected_regions"] == ["EMEA", "APAC"]
    assert "Current filters: EMEA, APAC" in texts(at)
    table = at.main.dataframe[0].value
    assert set(table["region"]) == {"EMEA", "APAC"}
    assert len(table) == ALL_ROWS // 2
    assert f"{ALL_ROWS // 2} of {ALL_ROWS} rows" in texts(at)


def test_filters_survive_going_to_another_lesson_and_back():
    at = open_lesson("filters")
    regions(at).set_value(["LATAM"]).run()
    at.switch_page("lessons/quick_start.py").run()
    assert headings(at.main, level=1)[0] == "Quick start: a counter"
    at.switch_page(PAGE).run()
    assert not at.exception
    assert regions(at).value == ["LATAM"]
    assert "Current filters: LATAM" in texts(at)


def test_an_unbound_keyed_widget_is_dropped_by_a_page_switch():
    # The pitfall the page names, on a keyed multiselect without bind.
    # The widget-keys lesson's plain keyed text_input is the control group.
    at = open_lesson("filters")
    at.switch_page("lessons/widget_keys.py").run()
    at.text_input(key="project_name").input("Apollo").run()
    assert at.session_state["project_name"] == "Apollo"
    at.switch_page(PAGE).run()
    assert "project_name" not in at.session_state


def test_a_shared_link_restores_the_filters_in_a_new_session():
    at = open_link(selected_regions=["EMEA", "North America"])
    assert at.session_state["selected_regions"] == ["EMEA", "North America"]
    assert "Current filters: EMEA, North America" in texts(at)
    assert not at.main.warning


WARNING = (
    "The link asked for regions that do not exist, so they were ignored. "
    "Here they are, as the link sent them:"
)
# What a tampered link may carry: each would become a link, an image, an icon, colour, an
# emoji, maths or markup if it reached Markdown.
PAYLOADS = [
    "https://evil.example/login",
    "www.evil.example",
    "someone@evil.example",
    ":material/home:",
    ":red[alert]",
    ":smile:",
    "**bold**",
    "[x](https://evil.example)",
    "`code`",
    "$x^2$",
    "<b>x</b>",
    "![i](http://127.0.0.1:9/x.png)",
    "<script>alert(1)</script>",
]


def ignored_shown(at) -> str:
    (warning,) = [w.value for w in at.main.warning]
    assert warning == WARNING  # fixed text: nothing from the link is in the Markdown
    (code,) = [c for c in at.main.code if c.language in ("", None, "plaintext")]
    return code.value


def test_junk_values_in_the_link_are_ignored_and_named():
    at = dashboard(selected_regions=["EMEA", "Atlantis", "emea", "<script>alert(1)</script>"])
    assert at.session_state["selected_regions"] == ["EMEA"]
    assert ignored_shown(at) == "Atlantis\nemea\n<script>alert(1)</script>"
    # The widget removed the junk from the URL, so the next run has nothing to warn about.
    assert at.query_params == {"selected_regions": "EMEA"}
    at.run()
    assert not at.main.warning
    assert at.session_state["selected_regions"] == ["EMEA"]


def test_every_kind_of_link_text_is_shown_literally():
    for start in range(0, len(PAYLOADS), 5):
        batch = PAYLOADS[start : start + 5]
        at = dashboard(selected_regions=batch)
        assert ignored_shown(at) == "\n".join(batch)
        rendered = [*at.main.markdown, *at.main.warning, *at.main.caption]
        for payload in batch:
            assert not any(payload in element.value for element in rendered), payload


def test_a_link_with_only_junk_shows_everything_and_warns():
    at = dashboard(selected_regions="x" * 500)
    assert at.session_state["selected_regions"] == []
    assert shown_rows(at) == ALL_ROWS
    assert ignored_shown(at) == "x" * 29 + "…"  # long junk is cut short


def test_many_junk_values_show_the_first_five_and_a_count():
    at = dashboard(selected_regions=[f"r{n}" for n in range(40)])
    assert ignored_shown(at) == "r0\nr1\nr2\nr3\nr4\n(and 35 more)"


def test_the_warning_describes_the_link_as_it_is_now():
    at = dashboard(selected_regions=["Atlantis"])
    assert at.main.warning
    regions(at).set_value(["APAC"]).run()  # the learner moves on: the URL no longer has it
    assert not at.main.warning


def test_empty_and_duplicate_values_are_not_errors():
    at = dashboard(selected_regions="")
    assert at.session_state["selected_regions"] == []
    assert not at.main.warning
    at = dashboard(selected_regions=["APAC", "APAC"])
    assert at.session_state["selected_regions"] == ["APAC"]
    assert not at.main.warning


def test_reset_filters_clears_only_the_filters():
    at = dashboard()
    at.session_state["count"] = 3  # another lesson's key
    regions(at).set_value(["APAC", "LATAM"]).run()
    reset(at)
    assert at.session_state["selected_regions"] == []
    assert regions(at).value == []
    assert at.session_state["count"] == 3
    assert shown_rows(at) == ALL_ROWS
    assert "Current filters: none (all regions)" in texts(at)


def test_reset_is_disabled_when_nothing_is_selected():
    at = dashboard()
    reset = button(at, "Reset filters")
    assert reset.disabled
    regions(at).set_value(["APAC"]).run()
    assert not button(at, "Reset filters").disabled


def test_snippet_alone_reads_its_data_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    at = open_snippet("filters_dashboard.py").run()
    assert not at.exception
    assert len(at.dataframe[0].value) == ALL_ROWS


def test_a_bound_parameter_cannot_be_set_through_query_params():
    at = AppTest.from_string(
        """
import streamlit as st
st.multiselect("Regions", ["APAC", "EMEA"], key="picked", bind="query-params")
if st.button("Set"):
    st.query_params["picked"] = "APAC"
"""
    ).run()
    at.button[0].click().run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitAPIException"
    assert "bound to a widget" in at.exception[0].value
