"""Test for testing_login.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

import shutil
from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "testing_login.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
ACCOUNT = """import streamlit as st
st.text(f"Account of {st.session_state.get('testing_user')}")
"""
ROUTER = """import streamlit as st
pages = [st.Page("testing_login.py"), st.Page("views/account.py")]
st.navigation(pages).run()
"""


def app_with_an_account_page(folder):
    """An app whose pages are this snippet and views/account.py."""
    shutil.copy(SNIPPET, folder / "testing_login.py")
    (folder / "views").mkdir()
    (folder / "views" / "account.py").write_text(ACCOUNT)
    (folder / "app.py").write_text(ROUTER)
    app = str(folder / "app.py")
    return AppTest.from_file(app, default_timeout=30).run()


def sign_in(at, name):
    at.text_input(key="testing_name").input(name)
    at.button(key="testing_sign_in").click().run()


def test_sign_in_and_out():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    sign_in(at, " Ada ")
    assert at.session_state["testing_user"] == "Ada"
    assert at.text[0].value == "Signed in as Ada"
    at.button(key="testing_sign_out").click().run()
    assert at.session_state["testing_user"] == ""


def test_the_user_is_still_signed_in_on_another_page(tmp_path):
    at = app_with_an_account_page(tmp_path)
    sign_in(at, "Ada")
    # The page's path as st.Page got it, from the main script.
    at.switch_page("views/account.py").run()
    assert at.text[0].value == "Account of Ada"
    at.switch_page("testing_login.py").run()
    assert at.text[0].value == "Signed in as Ada"
