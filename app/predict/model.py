"""Predict questions as data: the steps a learner takes, what to look at, the options.

app/predict/driver.py takes the steps with AppTest and reads the probes; nothing here imports
Streamlit, so the question modules and the catalog's search load without it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Steps: what the learner does after the page opened ------------------------------------------


@dataclass(frozen=True)
class Click:
    """Click the button with this label (and key, when two buttons share a label)."""

    label: str
    times: int = 1
    key: str | None = None
    where: str = ""  # for the timeline, when the label is not enough: "next to Bread"


@dataclass(frozen=True)
class SetValue:
    """Give an input widget a new value as the learner would: type (and press Enter), choose an
    option, tick a box, switch a toggle, rate with a feedback widget."""

    label: str | None
    value: Any
    key: str | None = None
    name: str = ""  # for the timeline, when the widget has no label: "the answer"


@dataclass(frozen=True)
class Upload:
    """Drop one file on the file uploader with this label."""

    label: str
    name: str
    data: bytes
    mime: str = "text/csv"


@dataclass(frozen=True)
class EditTable:
    """Edit a `st.data_editor` (by its key): the edits the browser sends, in its own format
    (row positions of the table as drawn)."""

    key: str
    deleted_rows: tuple[int, ...] = ()
    edited_rows: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)
    added_rows: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True)
class Rerun:
    """Interact with anything else on the page: the script runs again, nothing else changes."""


@dataclass(frozen=True)
class Reload:
    """Reload the browser tab (or open the same address in a new tab): a new session on the
    same server, with the URL's query string."""

    new_tab: bool = False


@dataclass(frozen=True)
class SwitchPage:
    """Go to another page of the app (only for questions driven through the app)."""

    page: str  # the page file, as st.Page got it: "lessons/multipage_other.py"
    text: str  # the timeline's line: "go to the other page"


Step = Click | SetValue | Upload | EditTable | Rerun | Reload | SwitchPage


# What to look at ------------------------------------------------------------------------------


class Absent:
    """What a probe reads when its thing is absent: a key not in `st.session_state`, or a line or
    widget not on the page."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


MISSING = Absent("(no such key)")
NOT_ON_PAGE = Absent("(not shown)")


@dataclass(frozen=True)
class State:
    """The value under `key` in `st.session_state` (MISSING if there is none)."""

    key: str


@dataclass(frozen=True)
class PageLine:
    """The first line of text on the page that starts with `prefix` (NOT_ON_PAGE if none),
    without Markdown's backticks and asterisks: `Count: 3`, not ``Count: `3` ``. With `until`,
    the line is cut where that text starts (to leave out a part that is not the question's)."""

    prefix: str
    until: str | None = None


@dataclass(frozen=True)
class Value:
    """A widget's value (an uploader's file name, or None when it is empty; NOT_ON_PAGE when the
    widget is not drawn)."""

    label: str | None
    key: str | None = None
    name: str = ""  # for the timeline, when the widget has no label: "the rating"
    # What values mean, for the timeline: ((1, "thumbs up"),) writes "thumbs up", not 1.
    meaning: tuple[tuple[Any, str], ...] = ()


@dataclass(frozen=True)
class Raised:
    """The error the run ended with, named as Streamlit shows it (`KeyError`,
    `streamlit.errors.StreamlitAPIException`), or None."""


@dataclass(frozen=True)
class Keys:
    """Every key in `st.session_state` (those starting with `_` left out), sorted."""


@dataclass(frozen=True)
class Filled:
    """Which of these keys hold a value (present and not empty), in the order given."""

    keys: tuple[str, ...]


Probe = State | PageLine | Value | Raised | Keys | Filled


# Options and questions ------------------------------------------------------------------------


@dataclass(frozen=True)
class Right:
    """The marked answer: `value` is what the probes must read after the last step."""

    text: str
    value: Any


@dataclass(frozen=True)
class Wrong:
    """A real misconception: `why` says in one line why it is tempting and why it is wrong."""

    text: str
    value: Any
    why: str


Option = Right | Wrong


@dataclass(frozen=True)
class Question:
    """One Predict question. `value`s of the options are compared with what the probes read after
    the last step: one value for one probe, a tuple for several."""

    id: str  # `<lesson slug>.<n>`, kept in learners' URLs: never changed once published
    snippet: str
    prompt: str
    steps: tuple[Step, ...]
    observe: tuple[Probe, ...]
    options: tuple[Option, ...]
    why: str  # two sentences: what really happens and why
    see: str  # the heading of the lesson part that explains it
    tab: str | None = None  # ...when that part sits in one of the lesson's tabs
    given: Mapping[str, Any] = field(default_factory=dict)  # state before the first run
    given_text: str = ""  # how the timeline describes `given`
    url: Mapping[str, str | list[str]] = field(default_factory=dict)  # query string at open
    app_page: str | None = None  # drive this page of the app instead of the snippet alone

    def __post_init__(self) -> None:
        rights = [option for option in self.options if isinstance(option, Right)]
        if len(rights) != 1 or not 2 <= len(self.options) <= 5:
            raise ValueError(f"{self.id}: one Right option and two to five in all")
        if not self.observe:
            raise ValueError(f"{self.id}: nothing to observe")
        if len(self.observe) > 1 and any(
            not isinstance(option.value, tuple) or len(option.value) != len(self.observe)
            for option in self.options
        ):
            raise ValueError(f"{self.id}: one value per probe in every option")

    @property
    def answer(self) -> int:
        """Index of the marked option."""
        return next(i for i, option in enumerate(self.options) if isinstance(option, Right))

    def matching(self, value: Any) -> list[int]:
        """Indexes of the options whose value is `value`."""
        return [i for i, option in enumerate(self.options) if _same(option.value, value)]

    def words(self) -> str:
        """The question's text, for search."""
        return " ".join((self.prompt, self.why, *(option.text for option in self.options)))


def _same(expected: Any, seen: Any) -> bool:
    if isinstance(expected, Absent) or isinstance(seen, Absent):
        return expected is seen
    if isinstance(expected, tuple) and isinstance(seen, tuple):
        return len(expected) == len(seen) and all(map(_same, expected, seen))
    return type(expected) is type(seen) and expected == seen


# What a run recorded --------------------------------------------------------------------------


@dataclass(frozen=True)
class Moment:
    """One step of the timeline and what the probes read right after it, as text."""

    step: str
    seen: tuple[str, ...]


@dataclass(frozen=True)
class Run:
    """What really happened: a moment per step, the probes' last values, the options matching."""

    moments: tuple[Moment, ...]
    value: Any
    matches: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        """The run as the page shows it (no Python values: they stay in the driver)."""
        return {
            "moments": [[moment.step, list(moment.seen)] for moment in self.moments],
            "matches": list(self.matches),
        }
