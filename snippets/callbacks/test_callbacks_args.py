"""Test for callbacks_args.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "callbacks_args.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def click(at, label):
    next(b for b in at.button if b.label == label).click().run()


def test_args_pick_the_animal():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    click(at, "Vote cats")
    click(at, "Vote dogs")
    assert at.session_state["votes"] == {"cats": 1, "dogs": 1}


def test_kwargs_pass_the_weight():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    click(at, "Super-vote dogs")
    assert at.session_state["votes"] == {"cats": 0, "dogs": 3}
    assert at.session_state["last_vote"] == "dogs +3"
    assert at.caption[0].value == "Last vote: dogs +3"
