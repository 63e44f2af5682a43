"""Test for multipage_persist_state.py: put it beside it, run
pytest."""

import shutil
from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("multipage_persist_state.py"))


ROUTER = (
    "import streamlit as st\n"
    "st.navigation([st.Page('a.py'), st.Page('b.py')]).run()\n"
)


def two_page_app(folder, page_b="st.write('b')"):
    """The snippet as page a.py of an app, beside a page b.py."""
    shutil.copy(SNIPPET, folder / "a.py")
    (folder / "b.py").write_text("import streamlit as st\n" + page_b)
    (folder / "app.py").write_text(ROUTER)
    app = str(folder / "app.py")
    return AppTest.from_file(app, default_timeout=30)


def test_the_value_survives_a_trip_to_another_page(tmp_path):
    at = two_page_app(tmp_path).run()
    at.text_input(key="mp_kept").input("Grace").run()
    at.switch_page("b.py").run()
    at.run()
    assert at.session_state["mp_kept"] == "Grace"
    at.switch_page("a.py").run()
    assert at.text_input(key="mp_kept").value == "Grace"
    assert at.text[0].value == "Kept nickname: Grace"
