"""Predict questions of the catalog's "Reference" section, keyed by lesson slug."""

from __future__ import annotations

from app.predict.model import MISSING, Click, Question, Right, SetValue, State, Wrong

SECTION = "Reference"

QUESTIONS: dict[str, tuple[Question, ...]] = {
    "reference": (
        Question(
            id="reference.1",
            snippet="reference_ops.py",
            prompt="You type **Ada** as the name, click **Add one** twice, then **Start "
            "over**, whose callback pops both keys. What do `ref_count` and `ref_name` hold?",
            steps=(SetValue("Name", "Ada"), Click("Add one", times=2), Click("Start over")),
            observe=(State("ref_count"), State("ref_name")),
            options=(
                Wrong(
                    "2 and Ada",
                    (2, "Ada"),
                    "Tempting if the callback seems to act after the page is drawn. It runs "
                    "before the rerun, so the rerun starts without both keys.",
                ),
                Wrong(
                    "Nothing: both keys are gone",
                    (MISSING, MISSING),
                    "Tempting: `pop` deleted them. But the rerun that follows runs "
                    "`setdefault` and draws the keyed text input again.",
                ),
                Right("0 and an empty name", (0, "")),
            ),
            why="The callback pops both keys before the rerun; the rerun then puts them back: "
            '`setdefault` stores 0, and the text input with `key="ref_name"` starts empty.',
            see="Try the everyday operations",
        ),
    ),
}
