"""Test for widget_identity_small.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "widget_identity_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def test_a_new_label_resets_the_unkeyed_box_only():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.text_input[0].input("kept").run()
    at.text_input[1].input("typed").run()
    at.toggle[0].set_value(True).run()
    assert [t.label for t in at.text_input] == [
        "With a key!",
        "Without a key!",
    ]
    assert [t.value for t in at.text_input] == ["kept", ""]
