"""shared_state_classes.py: an object made on the first run is not
an instance of the class the next run defines; one rebuilt from plain
values is.

Put shared_state_classes.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "shared_state_classes.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


@pytest.fixture(autouse=True)
def fresh_session_cache():
    st.cache_resource.clear()
    yield
    st.cache_resource.clear()


def lines(at):
    return [t.value for t in at.text]


def test_the_kept_object_turns_into_a_stranger_after_a_rerun():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    assert "isinstance(kept, Order): True" in lines(at)
    assert "kept.size == Size.SMALL: True" in lines(at)
    at.button(key="shared_rerun").click().run()
    assert "isinstance(kept, Order): False" in lines(at)
    assert "kept.size == Size.SMALL: False" in lines(at)


def test_the_rebuilt_object_is_an_instance_on_every_run():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    at.radio(key="shared_size").set_value("large").run()
    at.button(key="shared_rerun").click().run()
    assert not at.exception
    assert at.session_state["shared_size"] == "large"
    assert "isinstance(order, Order): True" in lines(at)
    rebuilt = "Order(item='tea', size=<Size.LARGE: 'large'>)"
    assert f"Rebuilt this run: {rebuilt}" in lines(at)
