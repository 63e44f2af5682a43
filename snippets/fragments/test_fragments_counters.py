"""fragments_counters.py alone: a full run runs the fragment with the
page. (AppTest runs the whole script on every click; the browser
suite shows a click inside the fragment rerunning only the
fragment.)

Put fragments_counters.py beside this file, or one folder up if
this file is in tests/, and run pytest.
"""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "fragments_counters.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_both_counters_count_and_a_full_run_runs_the_fragment():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert [m.value for m in at.metric] == ["0", "0"]
    at.button(key="frag_add_outside").click().run()
    at.button(key="frag_add_inside").click().run()
    assert [m.value for m in at.metric] == ["1", "1"]
    assert at.session_state["frag_page_runs"] == 3
    assert at.session_state["frag_fragment_runs"] == 3
    assert "Fragment runs: 3" in [m.value for m in at.markdown]
