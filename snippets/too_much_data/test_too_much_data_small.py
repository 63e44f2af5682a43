"""Test for too_much_data_small.py: put it beside this file, or one
folder up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "too_much_data_small.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def shown(at):
    return at.markdown[0].value


def size(at):
    """The bytes the page reports."""
    return int(
        shown(at).split(": ")[1].split(" ")[0].replace(",", "")
    )


def test_the_size_grows_with_each_click_and_stops_at_the_cap():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    empty = size(at)
    at.button(key="size_add").click().run()
    assert shown(at).startswith("10,000 numbers kept: ")
    assert size(at) > empty + 10_000
    for _ in range(11):
        at.button(key="size_add").click().run()
    assert len(at.session_state["size_rows"]) == 100_000
    assert shown(at).startswith("100,000 numbers kept: ")


def test_delete_gives_the_memory_back():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.button(key="size_add").click().run()
    at.button(key="size_delete").click().run()
    assert at.session_state["size_rows"] == []
    assert shown(at).startswith("0 numbers kept: ")
