"""fragments_shared_key.py alone: both fragments write one key, so it
counts both.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("fragments_shared_key.py"))


def test_one_key_counts_teas_and_coffees_together():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="frag_tea_shared").click().run()
    at.button(key="frag_coffee_shared").click().run()
    assert at.session_state["frag_cups"] == 2
    shown = [m.value for m in at.markdown]
    assert "Cups, as the coffee box sees it: 2" in shown
