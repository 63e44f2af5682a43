"""fragments_return_state.py alone: the fragment hands its result out
in session state.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("fragments_return_state.py"))


def test_the_chosen_size_is_stored_and_shown():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.slider(key="frag_size").set_value(9).run()
    at.button(key="frag_use").click().run()
    assert at.session_state["frag_chosen_size"] == 9
    at.run()
    assert at.success[0].value == "The page uses size 9."
