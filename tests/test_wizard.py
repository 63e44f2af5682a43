"""Wizard: validated steps, Back keeps input, no double steps, bad uploads, Start over."""

from __future__ import annotations

from conftest import ROOT, open_lesson, open_snippet, snippet_function
from streamlit.testing.v1 import AppTest

from app.paths import snippet_path

SAMPLE_ROWS = len(snippet_function("wizard.py", "sample_sales")())
GOOD_CSV = b"height,weight,age\n170,65,30\n180,80,41\n165,55,25\n"


def wizard() -> AppTest:
    """The wizard snippet alone: what it does needs no lesson page around it."""
    at = open_snippet("wizard.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def step(at) -> int:
    return at.session_state["wizard_step"]


def heading(at) -> str:
    return next(s.value for s in at.main.subheader if s.value.startswith("Step "))


def errors(at) -> list[str]:
    return [e.value for e in at.main.error]


def press(at, key):
    """Press a wizard button; Back and Continue carry the step they are drawn on in their key."""
    if key in ("wizard_back", "wizard_continue"):
        key = f"{key}_{step(at)}"
    at.button(key=key).click().run()


def is_wizards(button) -> bool:
    """A button of the wizard snippet (its keys start with wizard_), not of the st.rerun snippet."""
    return (button.key or "").startswith("wizard_")


def is_rerun_snippets(button) -> bool:
    """A button of the st.rerun snippet: the only wizard on the page whose buttons have no key."""
    return button.key is None


def upload_key(at) -> str:
    return f"wizard_upload_{at.session_state['wizard_upload_id']}"


def uploader(at):
    return at.file_uploader(key=upload_key(at))


def upload(at, content: bytes, name: str = "data.csv"):
    uploader(at).set_value((name, content, "text/csv")).run()


def to_step_2(at):
    press(at, "wizard_sample")
    press(at, "wizard_continue")
    assert step(at) == 2


def configure(at, target="revenue", features=("units", "region")):
    at.selectbox(key="wizard_target").set_value(target).run()
    at.multiselect(key="wizard_features").set_value(list(features)).run()


def test_first_screen_is_step_1_with_progress_and_the_seed_text():
    at = wizard()
    assert step(at) == 1
    assert heading(at) == "Step 1: Upload data"
    assert at.main.get("progress")[0].proto.text == "Step 1 of 4"
    assert uploader(at).label == "Upload a CSV"
    labels = {b.label for b in at.main.button}
    assert {"Use sample data", "Continue", "Start over"} <= labels


def test_happy_path_with_an_uploaded_csv_through_all_four_steps():
    at = wizard()
    upload(at, GOOD_CSV, "people.csv")
    assert errors(at) == []
    assert "Loaded people.csv: 3 rows" in [t.value for t in at.main.text]
    assert list(at.session_state["wizard_data"].columns) == ["height", "weight", "age"]
    press(at, "wizard_continue")
    assert heading(at) == "Step 2: Configure model"
    assert at.selectbox(key="wizard_target").options == ["height", "weight", "age"]
    configure(at, "weight", ["height", "age"])
    at.slider(key="wizard_holdout").set_value(30).run()
    press(at, "wizard_continue")
    assert heading(at) == "Step 3: Review"
    review = at.main.text[0].value
    assert review.splitlines() == [
        "Data: people.csv (3 rows)",
        "Predict: weight",
        "Features: height, age",
        "Hold-out: 30%",
    ]
    press(at, "wizard_continue")
    assert step(at) == 4
    assert heading(at) == "Step 4: Done"
    assert at.main.get("progress")[0].proto.text == "Step 4 of 4"
    assert "Done: the model is configured." in [s.value for s in at.main.success]
    assert "wizard_continue" not in [b.key for b in at.main.button]


def test_step_2_refuses_missing_features_and_a_target_that_is_also_a_feature():
    at = wizard()
    to_step_2(at)
    press(at, "wizard_continue")
    assert step(at) == 2
    assert errors(at) == ["Pick at least one feature column."]
    configure(at, "revenue", ["units", "revenue"])
    press(at, "wizard_continue")
    assert step(at) == 2
    assert errors(at) == ["The column to predict cannot also be a feature."]
    at.multiselect(key="wizard_features").set_value(["units"]).run()
    press(at, "wizard_continue")
    assert step(at) == 3
    assert errors(at) == []


def test_back_then_continue_keeps_every_value():
    at = wizard()
    to_step_2(at)
    configure(at)
    at.slider(key="wizard_holdout").set_value(40).run()
    press(at, "wizard_continue")
    assert step(at) == 3
    press(at, "wizard_back")
    assert step(at) == 2
    assert at.selectbox(key="wizard_target").value == "revenue"
    assert at.multiselect(key="wizard_features").value == ["units", "region"]
    assert at.slider(key="wizard_holdout").value == 40
    press(at, "wizard_back")
    assert step(at) == 1
    assert f"Loaded sample sales data: {SAMPLE_ROWS} rows" in [t.value for t in at.main.text]
    press(at, "wizard_continue")
    press(at, "wizard_continue")
    assert step(at) == 3
    assert "Features: units, region" in at.main.text[0].value


def test_wizard_values_survive_a_trip_to_another_lesson():
    at = open_lesson("wizard")
    to_step_2(at)
    configure(at)
    at.switch_page("lessons/quick_start.py").run()
    at.switch_page("lessons/wizard.py").run()
    assert not at.exception
    assert step(at) == 2
    assert at.multiselect(key="wizard_features").value == ["units", "region"]


def stale_click(at, old_tree, key: str) -> AppTest:
    """Send what the browser sends for the second click of a double click: the widget states
    of the page it still shows (drawn by an earlier run), with that page's button pressed."""
    next(b for b in old_tree.button if b.key == key).click()
    return at._run(old_tree.get_widget_states())


def constant_key_wizard() -> AppTest:
    """The wizard as it was before: one key for Continue and one for Back on every step."""
    source = snippet_path("wizard.py").read_text(encoding="utf-8")
    for name in ("continue", "back"):
        per_step = f'key=f"wizard_{name}_{{step}}"'
        assert per_step in source
        source = source.replace(per_step, f'key="wizard_{name}"')
    return AppTest.from_string(source, default_timeout=30).run()


def test_a_late_second_continue_from_step_1_is_dropped():
    # First pass: step 2 is not configured yet, so a second Continue counted on step 2 would
    # show "Pick at least one feature column." for a step the learner has not seen.
    at = wizard()
    press(at, "wizard_sample")
    step_1_page = at._tree
    press(at, "wizard_continue")
    assert step(at) == 2
    stale_click(at, step_1_page, "wizard_continue_1")
    assert step(at) == 2
    assert errors(at) == []
    assert heading(at) == "Step 2: Configure model"


def test_a_late_second_continue_after_going_back_never_skips_step_2():
    at = wizard()
    to_step_2(at)
    configure(at)  # step 2 is valid, so a second Continue counted on step 2 would move on
    press(at, "wizard_continue")
    press(at, "wizard_back")
    press(at, "wizard_back")
    assert step(at) == 1
    step_1_page = at._tree
    press(at, "wizard_continue")
    stale_click(at, step_1_page, "wizard_continue_1")
    assert step(at) == 2
    assert heading(at) == "Step 2: Configure model"


def test_a_late_second_back_never_skips_a_step():
    at = wizard()
    to_step_2(at)
    configure(at)
    press(at, "wizard_continue")
    step_3_page = at._tree
    press(at, "wizard_back")
    stale_click(at, step_3_page, "wizard_back_3")
    assert step(at) == 2


def test_with_one_key_for_every_step_the_late_click_is_counted_on_the_new_step():
    # Why the keys carry the step: a callback gets the args of its button's latest
    # registration, so with one key the click aimed at step 1 arrives as go_next(2).
    at = constant_key_wizard()
    at.button(key="wizard_sample").click().run()
    step_1_page = at._tree
    at.button(key="wizard_continue").click().run()
    assert step(at) == 2 and errors(at) == []
    stale_click(at, step_1_page, "wizard_continue")
    assert at.session_state["wizard_refused"] == 2
    assert errors(at) == ["Pick at least one feature column."]


RAGGED = "Line {line} has {values} value(s), but the header has {columns} columns."
MALFORMED = {
    b"": "The file is empty.",
    b"   \n\n": "The file is empty.",
    b"a,b\n": "The CSV has a header row but no data rows.",
    b"a,b\n1,2\n3,4,5,6\n": RAGGED.format(line=3, values=4, columns=2),
    b'a,b\n"1,2\n': RAGGED.format(line=2, values=1, columns=2),
    b"a,b\n1,2,3,4\n": RAGGED.format(line=2, values=4, columns=2),
    b"a,b\n1\n": RAGGED.format(line=2, values=1, columns=2),
    # One trailing comma per row: pandas (3.x) would shift every value one column left.
    b"id,amount\n1,10,\n2,20,\n3,30,\n": RAGGED.format(line=2, values=3, columns=2),
    # One extra value per row: pandas would make the first column an index, silently.
    b"a,b\n1,2,3\n4,5,6": RAGGED.format(line=2, values=3, columns=2),
    b'a,b\n"' + b"x" * 200_000 + b'",1\n': "The file is not a valid CSV "
    "(field larger than field limit (131072)).",
    b"\xff\xfe\x00binary": "The file is not UTF-8 text. Export it as CSV (UTF-8).",
    b"a;b;c\n1;2;3\n": "It needs two or more comma-separated columns, one of them numeric.",
    b"name,city\nAda,London\n": "It needs two or more comma-separated columns, "
    "one of them numeric.",
}


def test_malformed_and_empty_uploads_are_refused_on_step_1():
    at = wizard()
    for content, message in MALFORMED.items():
        upload(at, content)
        assert not at.exception, content
        assert errors(at) == [f"This upload cannot be used: {message}"], content
        assert at.session_state["wizard_data"] is None
        press(at, "wizard_continue")
        assert step(at) == 1, content
        assert heading(at) == "Step 1: Upload data"
        assert errors(at) == [f"This upload cannot be used: {message}"], content


def test_pandas_alone_would_accept_the_ragged_files():
    # What the row check protects against, on the installed pandas: no error, shifted data.
    import io

    import pandas as pd

    shifted = pd.read_csv(io.BytesIO(b"id,amount\n1,10,\n2,20,\n3,30,\n"))
    assert shifted["id"].tolist() == [10, 20, 30]
    assert shifted["amount"].isna().all()
    extra = pd.read_csv(io.BytesIO(b"a,b\n1,2,3\n4,5,6"))
    assert len(extra) == 2 and list(extra.columns) == ["a", "b"]


def test_a_well_formed_csv_with_a_bom_quotes_and_blank_lines_loads():
    at = wizard()
    upload(at, b'\xef\xbb\xbfname,score\n"Lovelace, Ada",1\n\n"Hopper,\nGrace",2\n')
    assert errors(at) == []
    frame = at.session_state["wizard_data"]
    assert list(frame.columns) == ["name", "score"]
    assert frame["name"].tolist() == ["Lovelace, Ada", "Hopper,\nGrace"]


def test_absurd_shapes_and_sizes_are_refused_before_pandas_reads_them(monkeypatch):
    import pandas as pd

    def must_not_parse(*args, **kwargs):
        raise AssertionError("pandas was asked to parse a file the shape check refuses")

    at = wizard()
    wide = ",".join(f"c{i}" for i in range(100_000)).encode() + b"\n" + b"1," * 99_999 + b"1\n"
    long = b"a,b\n" + b"1,2\n" * 10_001
    big = b"a,b\n" + b"1,2\n" * 300_000
    monkeypatch.setattr(pd, "read_csv", must_not_parse)
    cases = {
        wide: "It has 100,000 columns; at most 50.",
        long: "It has more than 10,000 rows.",
        big: "The file is larger than 1 MB.",
    }
    for content, message in cases.items():
        upload(at, content)
        assert errors(at) == [f"This upload cannot be used: {message}"]
        assert at.session_state["wizard_data"] is None
    assert "Up to 1 MB, 50 columns, 10,000 rows." in [c.value for c in at.main.caption]


def test_the_app_caps_uploads_at_5_mb_and_the_uploader_at_1_mb():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == 5
    at = wizard()
    assert uploader(at).proto.max_upload_size_mb == 1


def test_messages_describe_the_input_as_it_is_now():
    at = wizard()
    press(at, "wizard_continue")
    assert errors(at) == ["Upload a CSV or use the sample data first."]
    press(at, "wizard_sample")  # fixed: the message goes without another Continue
    assert errors(at) == []
    press(at, "wizard_continue")
    press(at, "wizard_continue")
    assert errors(at) == ["Pick the column to predict."] or errors(at) == [
        "Pick at least one feature column."
    ]
    configure(at, "revenue", ["units", "revenue"])
    assert errors(at) == ["The column to predict cannot also be a feature."]
    at.multiselect(key="wizard_features").set_value(["units"]).run()
    assert errors(at) == []  # fixed, and nothing pressed yet
    at.multiselect(key="wizard_features").set_value([]).run()
    assert errors(at) == ["Pick at least one feature column."]  # still judged live
    at.multiselect(key="wizard_features").set_value(["units"]).run()
    press(at, "wizard_continue")
    assert step(at) == 3 and errors(at) == []
    press(at, "wizard_back")
    assert errors(at) == []  # a refusal belongs to its step


def test_removing_a_refused_file_removes_its_message():
    at = wizard()
    upload(at, b"a,b\n1,2,3\n")
    assert len(errors(at)) == 1
    uploader(at).set_value(None).run()
    assert errors(at) == []
    assert at.session_state["wizard_data"] is None


def test_a_bad_upload_after_a_good_one_drops_the_old_data():
    at = wizard()
    upload(at, GOOD_CSV)
    upload(at, b"", "empty.csv")
    assert at.session_state["wizard_data"] is None
    assert not [t for t in at.main.text if t.value.startswith("Loaded")]
    press(at, "wizard_continue")
    assert step(at) == 1


def test_sample_data_after_a_bad_upload_clears_the_error():
    at = wizard()
    upload(at, b"")
    press(at, "wizard_sample")
    assert errors(at) == []
    assert len(at.session_state["wizard_data"]) == SAMPLE_ROWS


def test_new_data_forgets_the_column_choices_of_the_old_data():
    at = wizard()
    to_step_2(at)
    configure(at)
    press(at, "wizard_back")
    upload(at, GOOD_CSV)
    press(at, "wizard_continue")
    assert at.selectbox(key="wizard_target").value == "height"  # first numeric column
    assert at.multiselect(key="wizard_features").value == []


def test_start_over_gives_a_new_empty_uploader():
    at = wizard()
    upload(at, b"x,y\n1,2\n3,4\n")
    old_key = upload_key(at)
    assert at.session_state[old_key] is not None
    press(at, "wizard_start_over")
    assert upload_key(at) != old_key
    assert uploader(at).value is None
    assert old_key not in at.session_state  # the old uploader is gone with its file
    press(at, "wizard_continue")
    assert step(at) == 1
    assert errors(at) == ["Upload a CSV or use the sample data first."]


def test_start_over_resets_only_the_wizard_keys():
    at = wizard()
    at.session_state["count"] = 7  # another lesson's key
    at.session_state["step"] = 2  # the short version's key, on the same page
    to_step_2(at)
    configure(at)
    press(at, "wizard_continue")
    press(at, "wizard_start_over")
    assert step(at) == 1
    assert at.session_state["wizard_data"] is None
    assert at.session_state["count"] == 7
    assert at.session_state["step"] == 2  # the short version's key is not the wizard's
    press(at, "wizard_sample")
    press(at, "wizard_continue")
    assert at.multiselect(key="wizard_features").value == []


def test_rerun_snippet_continue_and_back():
    at = open_lesson("wizard")
    next(b for b in at.main.button if b.label == "Continue" and is_rerun_snippets(b)).click().run()
    assert at.session_state["step"] == 2
    assert "Step 2: Configure model" in [m.value for m in at.main.markdown]
    assert step(at) == 1  # the other wizard did not move
    next(b for b in at.main.button if b.label == "Back" and is_rerun_snippets(b)).click().run()
    assert at.session_state["step"] == 1
    assert "Step 1: Upload data" in [m.value for m in at.main.markdown]


def test_rerun_costs_two_runs_per_click():
    at = AppTest.from_string(
        """
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.session_state.setdefault("step", 1)
if st.session_state.step == 1 and st.button("Continue"):
    st.session_state.step = 2
    st.rerun()
"""
    ).run()
    at.button[0].click().run()
    assert at.session_state["step"] == 2
    assert at.session_state["runs"] == 3


def test_without_rerun_the_page_lags_one_click_behind():
    # The st.rerun snippet minus its st.rerun() calls.
    source = snippet_path("wizard_rerun.py").read_text(encoding="utf-8")
    without_rerun = source.replace("        st.rerun()\n", "")
    assert "st.rerun" not in without_rerun
    at = AppTest.from_string(without_rerun).run()
    at.button[0].click().run()
    assert at.session_state["step"] == 2
    assert [m.value for m in at.markdown] == ["Step 1: Upload data"]  # stale
    at.run()  # the next interaction, whatever it is, finally shows step 2
    assert [m.value for m in at.markdown] == ["Step 2: Configure model"]


def test_the_uploaded_file_is_dropped_when_the_uploader_is_hidden():
    at = wizard()
    upload(at, GOOD_CSV)
    key = upload_key(at)
    assert at.session_state[key] is not None
    press(at, "wizard_continue")
    assert key not in at.session_state
    assert at.session_state["wizard_data"] is not None


def test_snippet_alone_loads_the_sample_from_any_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    at = open_snippet("wizard.py").run()
    at.button(key="wizard_sample").click().run()
    assert not at.exception
    assert len(at.session_state["wizard_data"]) == SAMPLE_ROWS


def test_the_uploader_accepts_only_csv_files():
    at = wizard()
    assert uploader(at).allowed_type == [".csv"]


def test_column_names_from_the_upload_are_never_rendered_as_markdown():
    at = wizard()
    upload(at, b"[x](javascript:alert(1)),**b**\n1,2\n3,4\n")
    press(at, "wizard_continue")
    configure(at, "[x](javascript:alert(1))", ["**b**", "[x](javascript:alert(1))"])
    press(at, "wizard_continue")
    assert errors(at) == ["The column to predict cannot also be a feature."]
    at.multiselect(key="wizard_features").set_value(["**b**"]).run()
    press(at, "wizard_continue")
    assert "Predict: [x](javascript:alert(1))" in at.main.text[0].value
    shown = [*at.main.markdown, *at.main.error, *at.main.subheader]
    assert not any("javascript" in element.value for element in shown)
