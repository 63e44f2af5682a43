"""fragments_polling.py alone: the switch and the job live in session
state, and a finished job reruns the page, which shows it. (The
timer itself runs in the browser.)

Put fragments_polling.py beside this file, or one folder up if this
file is in tests/, and run pytest.
"""

import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "fragments_polling.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_polling_is_on_by_default_and_the_switch_turns_it_off():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert at.caption[0].value == "No job started."
    assert at.toggle(key="frag_polling").value is True
    at.button(key="frag_start_job").click().run()
    assert at.session_state["frag_job_checks"] == 1
    at.toggle(key="frag_polling").set_value(False).run()
    assert at.session_state["frag_polling"] is False


def test_a_finished_job_is_shown_by_the_page():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="frag_start_job").click().run()
    at.session_state["frag_job_started"] = time.time() - 60
    at.run()
    assert at.session_state["frag_job_progress"] == 100
    assert at.success[0].value == "The job is done."
