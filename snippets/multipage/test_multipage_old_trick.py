"""Test for multipage_old_trick.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

import shutil
from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "multipage_old_trick.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
TRICK = (
    "if 'mp_trick' in st.session_state:\n"
    "    st.session_state.mp_trick = st.session_state.mp_trick\n"
)
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


def round_trip(at):
    at.text_input(key="mp_trick").input("Linus").run()
    at.switch_page("b.py").run()
    at.run()
    at.switch_page("a.py").run()
    return at.text_input(key="mp_trick").value


def test_on_one_page_only_the_trick_loses_the_value(tmp_path):
    assert round_trip(two_page_app(tmp_path).run()) == ""


def test_on_every_page_the_trick_keeps_the_value(tmp_path):
    at = two_page_app(tmp_path, page_b=TRICK).run()
    assert round_trip(at) == "Linus"
