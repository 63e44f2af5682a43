"""Multipage lesson: what survives a page switch on 1.67, and each fix, proven across pages."""

from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path

import pytest
import streamlit as st
from conftest import (
    TIMEOUT,
    exception_type,
    headings,
    lesson,
    open_lesson,
    open_snippet,
    texts,
)
from streamlit.testing.v1 import AppTest

from app.paths import snippet_path
from tools.versions import FIRST_RELEASE

OTHER = "lessons/multipage_other.py"
PAGE = lesson("multipage").page


def go_to_other_page(at: AppTest) -> AppTest:
    """The learner presses the sidebar's "Go to the other page" (a real `st.switch_page`)."""
    next(b for b in at.sidebar.button if b.label == "Go to the other page").click().run()
    assert at.title[0].value == "The other page"
    assert not at.exception, [e.value for e in at.exception]
    return at


def go_to_other_page_and_back(at: AppTest) -> AppTest:
    """The learner's round trip with the page's own `st.switch_page` buttons."""
    go_to_other_page(at)
    assert at.title[0].value == "The other page"
    at.button[0].click().run()  # "Back to the lesson"
    assert headings(at.main, level=1)[0] == lesson("multipage").title
    assert not at.exception, [e.value for e in at.exception]
    return at


def other_page_table(at: AppTest) -> dict[str, tuple[str, str]]:
    frame = at.table[0].value
    return {row["key"]: (row["in st.session_state"], row["value"]) for _, row in frame.iterrows()}


def test_plain_key_survives_and_widget_value_is_dropped():
    at = open_lesson("multipage")
    at.button[0].click().run()  # "Add one"
    at.button[0].click().run()
    at.text_input(key="mp_nickname").input("Ada").run()
    assert "Nickname (widget key): Ada" in texts(at)

    go_to_other_page(at)
    table = other_page_table(at)
    assert table["mp_clicks"] == ("yes", "2")
    assert table["mp_nickname"] == ("no", "—")
    assert "mp_nickname" not in at.session_state

    at.button[0].click().run()
    assert at.session_state["mp_clicks"] == 2
    assert at.text_input(key="mp_nickname").value == ""
    assert "Clicks (plain key): `2`" in texts(at)
    assert "Nickname (widget key): Ada" not in texts(at)


def test_sidebar_navigation_drops_the_widget_value_after_one_run():
    # A sidebar click (AppTest.switch_page) still lets the first run of the new page read the
    # old value; it is gone once that run ends, and the widget is empty when you come back.
    at = open_lesson("multipage")
    at.text_input(key="mp_nickname").input("Ada").run()
    at.switch_page(OTHER).run()
    assert other_page_table(at)["mp_nickname"] == ("yes", "'Ada'")
    at.button[1].click().run()  # "Rerun this page"
    assert other_page_table(at)["mp_nickname"] == ("no", "—")
    at.switch_page(PAGE).run()
    assert at.text_input(key="mp_nickname").value == ""


def test_persist_state_session_keeps_the_value_across_switch_page():
    at = open_lesson("multipage")
    at.text_input(key="mp_kept").input("Grace").run()
    go_to_other_page(at)
    assert other_page_table(at)["mp_kept"] == ("yes", "'Grace'")
    at.button[1].click().run()  # a second run on the other page does not drop it either
    assert at.session_state["mp_kept"] == "Grace"
    at.button[0].click().run()
    assert at.text_input(key="mp_kept").value == "Grace"
    assert "Kept nickname: Grace" in texts(at)


def test_copy_key_pattern_keeps_the_value():
    at = open_lesson("multipage")
    at.text_input(key="mp_city_input").input("Lisbon").run()
    assert at.session_state["mp_city"] == "Lisbon"
    go_to_other_page(at)
    assert other_page_table(at)["mp_city"] == ("yes", "'Lisbon'")
    at.button[0].click().run()
    assert at.text_input(key="mp_city_input").value == "Lisbon"
    assert "Saved city: Lisbon" in texts(at)
    # And editing still works after coming back.
    at.text_input(key="mp_city_input").input("Porto").run()
    assert at.session_state["mp_city"] == "Porto"


def test_old_trick_on_the_widget_page_only_loses_the_value():
    at = open_lesson("multipage")
    at.text_input(key="mp_trick").input("Linus").run()
    at.run()  # the trick re-assigns the key on this rerun
    assert at.session_state["mp_trick"] == "Linus"
    go_to_other_page_and_back(at)
    assert at.text_input(key="mp_trick").value == ""
    assert "Trick nickname: Linus" not in texts(at)


@pytest.fixture
def two_page_app(tmp_path: Path):
    """A minimal st.navigation app: `router` code, then page a (the snippet) or page b."""

    def make(snippet: str, router: str = "", page_b: str = "") -> AppTest:
        shutil.copy(snippet_path(snippet), tmp_path / "a.py")
        (tmp_path / "b.py").write_text(
            "import streamlit as st\n" + page_b + "\nst.write('page b')\n", encoding="utf-8"
        )
        (tmp_path / "home.py").write_text(
            "import streamlit as st\n"
            + router
            + "\nst.navigation([st.Page('a.py'), st.Page('b.py')]).run()\n",
            encoding="utf-8",
        )
        return AppTest.from_file(str(tmp_path / "home.py"), default_timeout=TIMEOUT).run()

    return make


TRICK = (
    "if 'mp_trick' in st.session_state:\n"
    "    st.session_state.mp_trick = st.session_state.mp_trick\n"
)


# On every page: snippets/multipage/test_multipage_old_trick.py.
@pytest.mark.parametrize("where", ["router"])
def test_old_trick_keeps_the_value_when_it_runs_on_every_page_or_in_the_router(two_page_app, where):
    # Honest result on 1.67: with the re-assignment in the router, which runs on every page,
    # the value does come back.
    at = two_page_app("multipage_old_trick.py", **{where: TRICK})
    at.text_input(key="mp_trick").input("Linus").run()
    at.switch_page("b.py").run()
    at.run()
    at.switch_page("a.py").run()
    assert at.text_input(key="mp_trick").value == "Linus"


def test_same_widget_on_two_pages_is_two_widgets(two_page_app):
    line = "st.text_input('Nickname', key='mp_nickname')"
    at = two_page_app("multipage_lost.py", page_b=line)
    at.text_input(key="mp_nickname").input("Ada").run()
    id_on_a = at.text_input(key="mp_nickname").id
    at.switch_page("b.py").run()
    at.run()
    assert at.text_input(key="mp_nickname").id != id_on_a
    assert at.text_input(key="mp_nickname").value == ""


def test_persist_state_page_scope_drops_the_value_on_a_page_switch(two_page_app, tmp_path):
    at = two_page_app("multipage_persist_state.py")
    (tmp_path / "a.py").write_text(
        (tmp_path / "a.py").read_text().replace('"session"', '"page"'), encoding="utf-8"
    )
    at.run()
    at.text_input(key="mp_kept").input("Grace").run()
    at.switch_page("b.py").run()
    at.run()
    assert "mp_kept" not in at.session_state
    at.switch_page("a.py").run()
    assert at.text_input(key="mp_kept").value == ""


def test_persist_state_without_a_key_is_an_error():
    at = AppTest.from_string(
        "import streamlit as st\nst.text_input('Name', persist_state='session')",
        default_timeout=TIMEOUT,
    ).run()
    assert exception_type(at) == "streamlit.errors.StreamlitMissingRequiredParameterError"


def installed_widgets_with_persist_state() -> set[str]:
    """Every public st.* callable whose signature has persist_state, on the installed version."""
    found = set()
    for name in dir(st):
        target = getattr(st, name)
        if name.startswith("_") or not callable(target):
            continue
        try:
            parameters = inspect.signature(target).parameters
        except (TypeError, ValueError):
            continue
        if "persist_state" in parameters:
            found.add(name)
    return found


def test_the_persist_state_widget_list_is_exact_for_the_installed_streamlit():
    at = open_lesson("multipage")
    sentence = next(m.value for m in at.main.markdown if "accept it;" in m.value)
    accepting, refusing = sentence.split("accept it;")
    listed = set(re.findall(r"`(\w+)`", accepting.split("needs a `key`.")[1]))
    assert listed == installed_widgets_with_persist_state()
    refused = set(re.findall(r"`(\w+)`", refusing))
    assert refused == {"button", "download_button", "file_uploader", "data_editor", "chat_input"}
    for name in refused:
        assert "persist_state" not in inspect.signature(getattr(st, name)).parameters
    # "(since 1.67) `feedback`": the one widget that gained it after 1.59.
    assert "(since 1.67) `feedback`" in accepting
    newer = {
        f.split("(")[0] for f, v in FIRST_RELEASE.items() if "persist_state" in f and v != "1.59"
    }
    assert newer == {"feedback"} and FIRST_RELEASE["feedback(persist_state=)"] == "1.67"


def test_router_widget_keeps_its_value_across_sidebar_navigation():
    at = open_snippet("multipage_router.py").run()
    at.sidebar.text_input(key="mp_router_name").input("Ada").run()
    assert "Hello, Ada" in [t.value for t in at.text]
    # AppTest.switch_page() only takes page files; these are function pages, so open the
    # registered page by its URL path, as a click in the sidebar would.
    at._page_hash = next(
        page_hash
        for page_hash, info in at._registered_pages.items()
        if info.get("url_pathname") == "second_page"
    )
    at.run()
    assert at.header[0].value == "Second page"
    assert "Your name is still: Ada" in [t.value for t in at.text]
    assert at.sidebar.text_input(key="mp_router_name").value == "Ada"


def test_router_widget_after_switch_page_sees_its_default_for_one_run(two_page_app):
    # The pitfall the prose states: st.switch_page from the page body, on 1.67.
    router = "st.sidebar.text_input('Router', key='mp_router_name')\n"
    at = two_page_app("multipage_lost.py", router=router, page_b="")
    (Path(at._script_path).parent / "a.py").write_text(
        "import streamlit as st\nif st.button('Go'):\n    st.switch_page('b.py')\n",
        encoding="utf-8",
    )
    at.run()
    at.sidebar.text_input(key="mp_router_name").input("Ada").run()
    at.button[0].click().run()
    assert at.session_state["mp_router_name"] == ""
    # persist_state="session" on the router widget avoids it.
    home = Path(at._script_path)
    home.write_text(
        home.read_text().replace(
            "key='mp_router_name'", "key='mp_router_name', persist_state='session'"
        ),
        encoding="utf-8",
    )
    at.switch_page("a.py").run()
    at.sidebar.text_input(key="mp_router_name").input("Ada").run()
    at.button[0].click().run()
    assert at.session_state["mp_router_name"] == "Ada"


def test_the_page_says_which_version_persist_state_needs():
    at = open_lesson("multipage")
    assert "Needs Streamlit 1.59 or newer." in texts(at)
    assert "persist_state" in inspect.signature(st.text_input).parameters


def test_the_router_snippet_inside_a_page_would_take_over_the_navigation(two_page_app, tmp_path):
    # Why the lesson page shows this snippet without running it.
    at = two_page_app("multipage_lost.py")
    (tmp_path / "a.py").write_text(
        "exec(open(" + repr(str(snippet_path("multipage_router.py"))) + ").read(), "
        "{'__name__': '__main__'})\n",
        encoding="utf-8",
    )
    at.run()
    urls = {info.get("url_pathname") for info in at._registered_pages.values()}
    assert "second_page" in urls and "b" not in urls  # the app's own pages are gone


def test_persist_state_page_scope_keeps_the_value_while_hidden_on_the_same_page():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "if st.checkbox('Show', value=True):\n"
        "    st.text_input('Nickname', key='mp_kept', persist_state='page')\n",
        default_timeout=TIMEOUT,
    ).run()
    at.text_input(key="mp_kept").input("Grace").run()
    at.checkbox[0].uncheck().run()
    at.run()
    assert at.session_state["mp_kept"] == "Grace"
    at.checkbox[0].check().run()
    assert at.text_input(key="mp_kept").value == "Grace"
