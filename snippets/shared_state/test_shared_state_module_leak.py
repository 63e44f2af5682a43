"""shared_state_module_leak.py: the notes live on a module in
sys.modules, so a second session (a second AppTest in this process)
sees the first one's note.

Put shared_state_module_leak.py beside this file, or one folder up
if this file is in tests/, and run pytest."""

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "shared_state_module_leak.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def fresh_module():
    sys.modules.pop("notes_store", None)
    yield
    sys.modules.pop("notes_store", None)


def add(at, text):
    at.text_input(key="shared_module_note").input(text)
    at.button(key="shared_module_add").click().run()


def test_a_second_session_sees_the_first_sessions_note():
    alice = AppTest.from_file(SNIPPET, default_timeout=30).run()
    add(alice, "from alice")
    bob = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert [t.value for t in bob.text] == ["from alice"]
    assert "shared_notes" not in bob.session_state


def test_the_list_is_capped_and_clear_empties_it_for_everyone():
    alice = AppTest.from_file(SNIPPET, default_timeout=30).run()
    for n in range(12):
        add(alice, f"note {n}")
    count = alice.markdown[0].value
    assert count == "Notes in the module's list: 10 of 10"
    bob = AppTest.from_file(SNIPPET, default_timeout=30).run()
    bob.button(key="shared_module_clear").click().run()
    alice.run()
    count = alice.markdown[0].value
    assert count == "Notes in the module's list: 0 of 10"
