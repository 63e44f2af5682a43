"""check_your_code_demo.py: each of its three mistakes shows.

Put check_your_code_demo.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "check_your_code_demo.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def app() -> AppTest:
    return AppTest.from_file(SNIPPET, default_timeout=30).run()


def click(at: AppTest, label: str) -> AppTest:
    button = next(b for b in at.button if b.label == label)
    return button.click().run()


def test_total_resets_every_run_and_callback_runs_unclicked():
    at = app()
    assert not at.exception
    # Reset to 0 by the unguarded line, then add_one() ran while the
    # button was drawn: 1 without any click.
    assert at.session_state.lint_total == 1
    click(at, "Add one")
    click(at, "Add one")
    assert at.session_state.lint_total == 1
    assert at.markdown[-1].value == "Total: `1`"


def test_the_nested_confirm_button_never_fires():
    at = app()
    click(at, "Reset")
    labels = [b.label for b in at.button]
    assert labels == ["Add one", "Reset", "Really reset?"]
    click(at, "Really reset?")
    assert [b.label for b in at.button] == ["Add one", "Reset"]
    assert "Reset done." not in [m.value for m in at.markdown]
