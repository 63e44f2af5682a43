"""Test for testing_config.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

import subprocess
import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "testing_config.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))
# Config is read once per process: each check gets a new one.
CHECK = """
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=30)
at.session_state["testing_format"] = lambda x: x  # not picklable
at.run()
print(at.markdown[0].value)
print([error.proto.type for error in at.exception])
"""
STRICT = "[runner]\nenforceSerializableSessionState = true\n"


def run_from(folder):
    """The snippet under AppTest, in a process started in folder."""
    done = subprocess.run(
        [sys.executable, "-c", CHECK, SNIPPET],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.splitlines()


def test_the_units_are_in_state():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.radio(key="testing_units").set_value("imperial").run()
    assert at.session_state["testing_units"] == "imperial"


def test_without_a_config_file_the_defaults_apply(tmp_path):
    shown, errors = run_from(tmp_path)
    assert "is **False** here." in shown
    assert errors == "[]"


def test_the_config_of_the_working_directory_applies(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(STRICT)
    shown, errors = run_from(tmp_path)
    assert "is **True** here." in shown
    # The class of an error reads "module.Class".
    assert errors == (
        "['streamlit.errors.UnserializableSessionStateError']"
    )
