"""fragments_rerun_scope.py alone: st.rerun() redraws everything and
keeps the fragment's widgets; a keyed rerun from a callback runs
only the fragment; scope="fragment" is refused during a full run
(which is what every AppTest click is).

Put fragments_rerun_scope.py beside this file, or one folder up if
this file is in tests/, and run pytest.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "fragments_rerun_scope.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_rerun_app_updates_the_page_line_and_keeps_the_note():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input(key="frag_basket_note").input("gift").run()
    at.button(key="frag_add_app").click().run()
    assert at.metric[0].value == "1"
    assert at.caption[-1].value.endswith("the page last saw 1 items")
    assert at.text_input(key="frag_basket_note").value == "gift"


def test_keyed_rerun_runs_only_the_fragment():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="frag_refresh_basket").click().run()
    assert at.session_state["frag_scope_page_runs"] == 1
    assert at.session_state["frag_scope_fragment_runs"] == 2


def test_scope_fragment_in_a_full_run_raises():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="frag_add_fragment").click().run()
    error = at.exception[0].proto.type
    assert error.endswith("StreamlitInvalidLayoutContextError")
