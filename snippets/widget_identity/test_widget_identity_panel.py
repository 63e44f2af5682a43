"""The panel: with a key the value survives a label change, without
a key it resets; a slider's max resets even a keyed slider.

Put widget_identity_panel.py beside this file, or one folder up if
this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "widget_identity_panel.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def moved_app():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    for box in at.selectbox:
        box.select("Blue")
    for slider in at.slider:
        slider.set_value(70)
    return at.run()


def results(at):
    rows = at.session_state["wid_verdict"]["rows"]
    return {row["Widget"]: row["Result"] for row in rows}


def test_label_change_keeps_keyed_resets_unkeyed():
    at = moved_app()
    at.toggle(key="wid_label").set_value(True).run()
    assert not at.exception
    assert [b.value for b in at.selectbox] == ["Blue", "Red"]
    assert [s.value for s in at.slider] == [70, 20]
    assert results(at)["Select box, key"] == "kept your value"
    assert results(at)["Select box, no key"] == "reset to its default"


def test_slider_max_resets_the_keyed_slider_too():
    at = moved_app()
    at.toggle(key="wid_max").set_value(True).run()
    assert [s.value for s in at.slider] == [20, 20]
    assert results(at)["Slider, key"] == "reset to its default"
    assert results(at)["Select box, key"] == "not its parameter"
