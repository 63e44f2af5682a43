import csv
import io
import uuid

import pandas as pd
import streamlit as st

STEPS = ["Upload data", "Configure model", "Review", "Done"]
MAX_MB = 1  # per file; the uploader refuses bigger ones
MAX_COLUMNS = 50
MAX_ROWS = 10_000
# Every key this wizard owns: "Start over" deletes exactly these and
# nothing else.
WIZARD_KEYS = [
    "wizard_step",
    "wizard_data",
    "wizard_source",
    "wizard_upload_error",
    "wizard_refused",
    "wizard_upload_id",
    "wizard_target",
    "wizard_features",
    "wizard_holdout",
]

st.session_state.setdefault("wizard_step", 1)
st.session_state.setdefault("wizard_data", None)
st.session_state.setdefault("wizard_source", "")
st.session_state.setdefault("wizard_upload_error", "")
# The step whose Continue was refused: its problem is shown, checked
# again on every run, until it is fixed.
st.session_state.setdefault("wizard_refused", 0)
# Part of the uploader's key: a new id makes a new, empty uploader.
st.session_state.setdefault("wizard_upload_id", uuid.uuid4().hex[:8])


def check_shape(text: str) -> None:
    """Refuse ragged rows and absurd sizes before pandas reads it all.

    pandas would turn extra values into an index, or shift them into
    the wrong columns, without an error.
    """
    rows = csv.reader(io.StringIO(text))
    header = next((row for row in rows if row), [])
    if len(header) > MAX_COLUMNS:
        raise ValueError(
            f"It has {len(header):,} columns; at most {MAX_COLUMNS}."
        )
    for count, row in enumerate(rows, start=1):
        if count > MAX_ROWS:
            raise ValueError(f"It has more than {MAX_ROWS:,} rows.")
        if row and len(row) != len(header):
            raise ValueError(
                f"Line {rows.line_num} has {len(row)} value(s), "
                f"but the header has {len(header)} columns."
            )


def read_csv(data: bytes) -> pd.DataFrame:
    """Parse an uploaded file, or raise ValueError with a message the
    user can act on."""
    if len(data) > MAX_MB * 1024 * 1024:
        raise ValueError(f"The file is larger than {MAX_MB} MB.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            "The file is not UTF-8 text. Export it as CSV (UTF-8)."
        ) from exc
    if not text.strip():
        raise ValueError("The file is empty.")
    try:
        check_shape(text)
        frame = pd.read_csv(io.StringIO(text))
    except (csv.Error, pd.errors.ParserError) as exc:
        reason = str(exc).strip().splitlines()[-1]
        raise ValueError(
            f"The file is not a valid CSV ({reason})."
        ) from exc
    if frame.empty:
        raise ValueError("The CSV has a header row but no data rows.")
    if (
        len(frame.columns) < 2
        or frame.select_dtypes("number").columns.empty
    ):
        raise ValueError(
            "It needs two or more comma-separated columns, "
            "one of them numeric."
        )
    return frame


def use_data(frame: pd.DataFrame, source: str) -> None:
    st.session_state.wizard_data = frame
    st.session_state.wizard_source = source
    st.session_state.wizard_upload_error = ""
    # New data means new columns: choices made for the old file no
    # longer apply.
    for key in ("wizard_target", "wizard_features"):
        st.session_state.pop(key, None)


def load_upload(key: str) -> None:
    upload = st.session_state[key]
    if upload is None:
        # The file was removed: keep what was loaded, and drop the
        # message about the removed file.
        st.session_state.wizard_upload_error = ""
        return
    try:
        frame = read_csv(upload.getvalue())
    except ValueError as exc:
        st.session_state.wizard_data = None
        st.session_state.wizard_source = ""
        st.session_state.wizard_upload_error = (
            f"This upload cannot be used: {exc}"
        )
    else:
        use_data(frame, upload.name)


def sample_sales() -> pd.DataFrame:
    """Six months of made-up sales, so the snippet runs anywhere."""
    prices = {"Starter": 49, "Team": 199, "Enterprise": 899}
    regions = ["APAC", "EMEA", "LATAM", "North America"]
    rows = []
    for m in range(1, 7):
        for r, region in enumerate(regions):
            for p, (product, price) in enumerate(prices.items()):
                units = 5 + (m * 7 + r * 11 + p * 13) % 40
                month = f"2026-{m:02}"
                rows.append(
                    (month, region, product, units, units * price)
                )
    columns = ["month", "region", "product", "units", "revenue"]
    return pd.DataFrame(rows, columns=columns)


def load_sample() -> None:
    use_data(sample_sales(), "sample sales data")


def problem_with(step: int) -> str:
    """Why the user may not leave `step` yet ("" if nothing)."""
    if step == 1 and st.session_state.wizard_data is None:
        return "Upload a CSV or use the sample data first."
    if step == 2:
        target = st.session_state.get("wizard_target")
        features = st.session_state.get("wizard_features") or []
        if not target:
            return "Pick the column to predict."
        if not features:
            return "Pick at least one feature column."
        if target in features:
            return "The column to predict cannot also be a feature."
    return ""


# Each step's buttons have their own key (wizard_continue_2, ...).
# A late second click of a double click was aimed at a step the
# wizard has left: its button is gone, so Streamlit drops the click,
# or calls the callback with that old step, which it ignores.
def go_next(from_step: int) -> None:
    if st.session_state.wizard_step != from_step:
        return
    if problem_with(from_step):
        st.session_state.wizard_refused = from_step
    else:
        st.session_state.wizard_step = from_step + 1
        st.session_state.wizard_refused = 0


def go_back(from_step: int) -> None:
    if st.session_state.wizard_step == from_step:
        st.session_state.wizard_step = from_step - 1
        st.session_state.wizard_refused = 0


def start_over() -> None:
    for key in WIZARD_KEYS:
        st.session_state.pop(key, None)


step = st.session_state.wizard_step
st.progress(step / len(STEPS), text=f"Step {step} of {len(STEPS)}")
st.subheader(f"Step {step}: {STEPS[step - 1]}", anchor=False)
data = st.session_state.wizard_data

if step == 1:
    upload_key = f"wizard_upload_{st.session_state.wizard_upload_id}"
    st.file_uploader(
        "Upload a CSV",
        type="csv",
        max_upload_size=MAX_MB,
        key=upload_key,
        on_change=load_upload,
        args=(upload_key,),
    )
    st.caption(
        f"Up to {MAX_MB} MB, {MAX_COLUMNS} columns, "
        f"{MAX_ROWS:,} rows."
    )
    st.button(
        "Use sample data", key="wizard_sample", on_click=load_sample
    )
    if data is not None:
        st.text(
            f"Loaded {st.session_state.wizard_source}: "
            f"{len(data)} rows"
        )
        st.dataframe(data.head(5), hide_index=True)
elif step == 2:
    # persist_state keeps each choice while later steps hide these
    # widgets.
    numeric = list(data.select_dtypes("number").columns)
    st.selectbox(
        "Column to predict",
        numeric,
        key="wizard_target",
        persist_state="session",
    )
    st.multiselect(
        "Feature columns",
        list(data.columns),
        key="wizard_features",
        persist_state="session",
    )
    st.slider(
        "Hold out for testing (%)",
        10,
        50,
        20,
        step=5,
        key="wizard_holdout",
        persist_state="session",
    )
elif step == 3:
    st.text(
        f"Data: {st.session_state.wizard_source} ({len(data)} rows)\n"
        f"Predict: {st.session_state.wizard_target}\n"
        f"Features: {', '.join(st.session_state.wizard_features)}\n"
        f"Hold-out: {st.session_state.wizard_holdout}%"
    )
else:
    st.success("Done: the model is configured.")

# Messages describe the input as it is now: checked on every run.
problem = ""
if step == 1 and st.session_state.wizard_upload_error:
    problem = st.session_state.wizard_upload_error
elif st.session_state.wizard_refused == step:
    problem = problem_with(step)
if problem:
    st.error(problem, icon=":material/error:")

back, forward, restart = st.columns(3)
if 1 < step < len(STEPS):
    back.button(
        "Back",
        key=f"wizard_back_{step}",
        on_click=go_back,
        args=(step,),
    )
if step < len(STEPS):
    forward.button(
        "Continue",
        key=f"wizard_continue_{step}",
        on_click=go_next,
        args=(step,),
        type="primary",
    )
restart.button(
    "Start over", key="wizard_start_over", on_click=start_over
)
