"""threads_pass_values.py: the worker gets the value as an argument
and the script stores what it returns, so the result reaches session
state.

Put threads_pass_values.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "threads_pass_values.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_the_worker_doubles_the_number_and_the_script_stores_it():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert not at.exception
    assert at.session_state["thr_doubled"] == 42
    assert at.markdown[0].value == "Doubled by a worker: 42"
    at.number_input(key="thr_value").set_value(-5).run()
    assert at.session_state["thr_doubled"] == -10
    assert at.markdown[0].value == "Doubled by a worker: -10"
