"""fragments_return_state.py alone: the fragment hands its result out
in session state.

Put fragments_return_state.py beside this file, or one folder up if
this file is in tests/, and run pytest.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "fragments_return_state.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_chosen_size_is_stored_and_shown():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.slider(key="frag_size").set_value(9).run()
    at.button(key="frag_use").click().run()
    assert at.session_state["frag_chosen_size"] == 9
    at.run()
    assert at.success[0].value == "The page uses size 9."
