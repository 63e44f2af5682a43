"""fragments_shared_key.py alone: both fragments write one key, so it
counts both.

Put fragments_shared_key.py beside this file, or one folder up if
this file is in tests/, and run pytest.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "fragments_shared_key.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_one_key_counts_teas_and_coffees_together():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="frag_tea_shared").click().run()
    at.button(key="frag_coffee_shared").click().run()
    assert at.session_state["frag_cups"] == 2
    shown = [m.value for m in at.markdown]
    assert "Cups, as the coffee box sees it: 2" in shown
