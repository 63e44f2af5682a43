"""durable_state_two_tabs.py alone: last write wins loses tab A's
item; with the version check tab B is refused, reloads, and both
items are kept. A row is made only by a save, one per demo, with a
size cap, and a broken store gives a message.

Put durable_state_two_tabs.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
import sqlalchemy as sa
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "durable_state_two_tabs.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture
def rows(tmp_path):
    """How many rows the store holds now."""

    def count():
        url = f"sqlite:///{tmp_path / 'state.db'}"
        engine = sa.create_engine(url)
        with engine.connect() as connection:
            query = sa.text("SELECT COUNT(*) FROM durable_state")
            found = connection.execute(query).scalar_one()
        engine.dispose()
        return found

    return count


@pytest.fixture
def at(tmp_path, monkeypatch):
    monkeypatch.setenv("DURABLE_STATE_DIR", str(tmp_path))
    app = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert not app.exception
    return app


def click(at, key):
    return at.button(key=key).click().run()


def test_last_write_wins_loses_an_update(at):
    click(at, "durable_add_A")
    click(at, "durable_add_B")
    assert at.text[-1].value == "In the store: eggs"
    assert "**Lost updates: 1**" in at.markdown[-1].value


def test_the_version_check_refuses_the_stale_tab(at):
    at.toggle(key="durable_check").set_value(True).run()
    click(at, "durable_add_A")
    click(at, "durable_add_B")
    [info] = at.info
    assert info.value.startswith("Not saved: the list changed")
    assert at.text[-1].value == "In the store: milk"
    click(at, "durable_reload_B")
    click(at, "durable_add_B")
    assert at.text[-1].value == "In the store: milk, eggs"
    assert "**Lost updates: 0**" in at.markdown[-1].value


def test_start_over_empties_the_demo(at):
    click(at, "durable_add_A")
    click(at, "durable_start_over")
    assert at.text[-1].value == "In the store: (empty)"
    assert "**Lost updates: 0**" in at.markdown[-1].value


def test_no_row_until_a_save_and_one_per_demo(at, rows):
    click(at, "durable_start_over")
    at.toggle(key="durable_check").set_value(True).run()
    assert rows() == 0  # visits, start overs, toggles: no row
    click(at, "durable_add_A")
    click(at, "durable_add_B")
    assert rows() == 1
    click(at, "durable_start_over")  # the old demo row goes
    assert rows() == 0
    assert at.text[-1].value == "In the store: (empty)"


def test_a_demo_list_has_a_size_cap(at):
    at.session_state["durable_tabs"]["A"]["items"] = ["milk"] * 400
    click(at, "durable_add_A")
    [info] = at.info
    assert info.value == "Not saved: over 2,000 bytes. Start over."
    assert at.text[-1].value == "In the store: (empty)"


def test_a_broken_store_gives_a_message(at, tmp_path):
    click(at, "durable_add_A")
    (tmp_path / "state.db").unlink()
    (tmp_path / "state.db").write_bytes(b"not a database" * 100)
    click(at, "durable_add_B")
    assert not at.exception
    assert at.warning[0].value.startswith(
        "The saved lists cannot be reached right now"
    )
    assert at.text[0].value == "Its copy: milk"  # nothing lost
