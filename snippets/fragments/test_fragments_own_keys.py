"""fragments_own_keys.py alone: each fragment writes its own key; the
page adds them up.

Put fragments_own_keys.py beside this file, or one folder up if
this file is in tests/, and run pytest.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "fragments_own_keys.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


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
