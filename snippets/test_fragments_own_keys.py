"""fragments_own_keys.py alone: each fragment writes its own key; the
page adds them up.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

SNIPPET = str(Path(__file__).with_name("fragments_own_keys.py"))


def test_own_keys_and_the_total():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="frag_tea").click().run()
    at.button(key="frag_coffee").click().run()
    at.button(key="frag_coffee").click().run()
    assert (
        at.session_state["frag_teas"],
        at.session_state["frag_coffees"],
    ) == (1, 2)
    shown = [m.value for m in at.markdown]
    assert "Total, read by the page: 3 cups" in shown
