"""Every lesson says which Streamlit it needs: the newest first release among the features its
snippets use (tools/versions.py), checked for every lesson in the catalog."""

from __future__ import annotations

import ast
import inspect

import pytest
import streamlit as st
from conftest import ROOT, open_lesson

from app.catalog import LESSONS
from tools.versions import BASELINE, FIRST_RELEASE, features_used, min_version, release_key


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.slug)
def test_min_version_is_the_newest_release_the_snippets_need(lesson):
    used = features_used(snippet.path for snippet in lesson.snippets)
    needed = min_version(s.path for s in lesson.snippets)
    # At least the newest release a feature found in the snippets needs; a lesson may need more
    # when a feature hides from the scan (e.g. keyword arguments passed through **extra).
    if needed is None:
        return
    assert lesson.min_version is not None, used
    assert release_key(lesson.min_version) >= release_key(needed), used


@pytest.mark.parametrize(
    "lesson", [x for x in LESSONS if x.min_version], ids=lambda lesson: lesson.slug
)
def test_the_page_says_which_version_it_needs(lesson):
    at = open_lesson(lesson.slug)
    # The first Markdown block: the title, "When to use it" and this line, in small print.
    assert (
        f":small[:material/new_releases: Needs Streamlit {lesson.min_version} or newer.]"
        in at.main.markdown[0].value.splitlines()
    )


def test_the_expected_lessons_need_the_expected_releases():
    # The releases the lessons were checked against by hand (pip download + the wheel's source)
    # or, where marked "(run)", by running their tests (tools/version_matrix.py).
    expected = {
        "toggle": "1.66",  # persist_state= keeps a hidden value from 1.66 (run)
        "wizard": "1.59",  # persist_state= (and file_uploader(max_upload_size=), 1.53)
        "filters": "1.55",  # bind=
        "forms": "1.65",  # text_input(required=) (and type="email", validate=: 1.62)
        "cache-vs-state": "1.53",  # cache_resource(scope=, on_release=)
        "multipage": "1.59",  # persist_state=
        "reload": "1.55",  # bind=
        "containers": "1.65",  # bind= on tabs and expanders
        "uploads": "1.53",  # file_uploader(max_upload_size=)
        "what-survives": "1.66",  # persist_state= keeps a hidden value from 1.66 (run)
        "widget-identity": "1.66",  # persist_state= keeps a hidden value from 1.66 (run)
        "threads": "1.53",  # cache_resource(scope=, on_release=)
        "shared-state": "1.53",  # cache_resource(scope=)
        "chat": "1.59",  # chat_input(submit_mode=)
        "fragments": "1.63",  # fragment key= and st.rerun("<key>")
        # cache_resource(scope=) needs 1.53, but the lesson is about AppTest, and run on 1.66
        # test_testing_editor.py fails (AppTest has no data_editor): tools/version_matrix.py.
        "testing": "1.67",  # (run)
        "login": "1.67",  # AppTest's at.user logs no user in on 1.66 (run)
    }
    assert {x.slug: x.min_version for x in LESSONS if x.min_version} == expected


SOURCE = """
import streamlit as st
st.text_input("a", type="email")
st.text_input("b", type="password")
@st.cache_resource(scope="session", on_release=print)
def f(): ...
tabs = st.tabs(["x"], on_change=print)
st.feedback("stars", persist_state="session")
left, right = st.columns(2)
left.checkbox("c", persist_state="page")
st.sidebar.multiselect("m", [], bind="query-params")
st.pagination(3)
"""


def test_the_scanner_finds_features_in_any_call_form(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(SOURCE, encoding="utf-8")
    assert features_used([script]) == {
        'text_input(type="email")': "1.62",
        "cache_resource(scope=)": "1.53",
        "cache_resource(on_release=)": "1.53",
        "tabs(on_change=)": "1.55",
        "feedback(persist_state=)": "1.67",
        "checkbox(persist_state=)": "1.59",
        "multiselect(bind=)": "1.55",
        "pagination": "1.58",
    }
    assert min_version([script]) == "1.67"


def test_a_script_using_only_old_features_needs_no_note(tmp_path):
    script = tmp_path / "app.py"
    script.write_text('import streamlit as st\nst.button("a", key="b")\n', encoding="utf-8")
    assert min_version([script]) is None


def installed_parameters(name: str) -> set[str]:
    if name in ("cache_data", "cache_resource"):
        target = type(getattr(st, name)).__call__
    else:
        target = getattr(st, name)
    return set(inspect.signature(target).parameters)


def test_every_feature_in_the_table_exists_in_the_installed_streamlit():
    for feature, release in FIRST_RELEASE.items():
        assert release_key(BASELINE) < release_key(release) <= release_key("1.67"), feature
        name, _, argument = feature.partition("(")
        assert hasattr(st, name), feature
        if argument:
            parameter, _, value = argument.removesuffix(")").partition("=")
            assert parameter in installed_parameters(name), feature
            if value:
                # The annotation is a string under `from __future__ import annotations`.
                annotation = inspect.signature(getattr(st, name)).parameters[parameter].annotation
                assert f"'{value.strip(chr(34))}'" in str(annotation), feature


def test_version_notes_in_the_prose_match_the_table():
    # "Streamlit 1.59+" (multipage, persist_state) and "1.55+" (reload, bind) in pages and
    # snippet comments name the release the table gives for that feature.
    mentions = {
        "lessons/multipage.py": ("1.59+", "text_input(persist_state=)"),
        "snippets/multipage/multipage_persist_state.py": ("1.59+", "text_input(persist_state=)"),
        "lessons/reload.py": ("1.55+", "selectbox(bind=)"),
        "snippets/reload/reload_new_session.py": ("1.55+", "selectbox(bind=)"),
    }
    for path, (note, feature) in mentions.items():
        text = (ROOT / path).read_text(encoding="utf-8")
        assert note in text, path
        assert FIRST_RELEASE[feature] == note.removesuffix("+"), path
    # No other "1.xx+" note anywhere in the lessons and snippets that the table does not back.
    for path in [*ROOT.glob("lessons/*.py"), *ROOT.glob("snippets/*/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
        strings = [s for s in strings if isinstance(s, str)]
        for text in strings:
            for token in text.replace("(", " ").replace(")", " ").split():
                if token.startswith("1.") and token.endswith("+"):
                    assert token.removesuffix("+") in FIRST_RELEASE.values(), (path, token)
