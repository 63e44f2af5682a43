"""Test for multipage_persist_state.py: put it beside this file, or
one folder up if this file is in tests/, and run pytest."""

import shutil
from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "multipage_persist_state.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


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
