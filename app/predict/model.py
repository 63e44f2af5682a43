"""Predict, then run: a question is data, and one driver runs any question with AppTest.

A question names a snippet, the steps a learner takes (click, type or choose, upload, rerun,
reload, switch page), what to look at afterwards (a key in `st.session_state`, a line the page
shows, a widget's value, the error raised) and its options. `drive()` takes exactly those steps on
the snippet with AppTest and records what was there after each one. The answer key is that run:
tests/test_predict.py checks that the marked option is what Streamlit really does and that no
wrong option is, and the page shows the same run when the learner presses "Run it".

Steps are driven the way a browser sends them: a click or a changed widget reruns the script,
except inside a form, where nothing runs until the submit button. What AppTest cannot show
faithfully raises `DriverError` instead of answering: a reload after the learner changed a widget
bound to the URL (the browser writes that URL, AppTest does not), a reload of a page inside the app.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.paths import HOME, snippet_path

if TYPE_CHECKING:
    from streamlit.testing.v1 import AppTest

RUN_TIMEOUT = 30.0  # seconds per script run; a slow, busy machine included


class DriverError(Exception):
    """The steps cannot be driven as written (no such widget, two of them, a disabled button),
    or AppTest would not show what a browser shows."""


# Steps: what the learner does after the page opened ------------------------------------------


@dataclass(frozen=True)
class Click:
    """Click the button with this label (and key, when two buttons share a label)."""

    label: str
    times: int = 1
    key: str | None = None
    where: str = ""  # for the timeline, when the label is not enough: "next to Bread"


@dataclass(frozen=True)
class Enter:
    """Change an input widget as the learner would: type into a text or number input (and press
    Enter), choose an option, switch a toggle or tick a box, rate with a feedback widget."""

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


Step = Click | Enter | Upload | EditTable | Rerun | Reload | SwitchPage


# What to look at ------------------------------------------------------------------------------


class _Missing:
    """A key that is not in `st.session_state`, or a line the page does not show."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


MISSING = _Missing("(no such key)")
NOT_SHOWN = _Missing("(not shown)")


@dataclass(frozen=True)
class State:
    """The value under `key` in `st.session_state` (MISSING if there is none)."""

    key: str


@dataclass(frozen=True)
class Shown:
    """The first line of text the page shows that starts with `prefix` (NOT_SHOWN if none),
    without Markdown's backticks and asterisks: `Count: 3`, not ``Count: `3` ``. With `until`,
    the line is cut where that text starts (to leave out a part that is not the question's)."""

    prefix: str
    until: str | None = None


@dataclass(frozen=True)
class Value:
    """What a widget shows: its value (an uploader's file name, or None when it is empty)."""

    label: str | None
    key: str | None = None


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


Probe = State | Shown | Value | Raised | Keys | Filled


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
            raise ValueError(f"{self.snippet}: one Right option and two to five in all")
        if not self.observe:
            raise ValueError(f"{self.snippet}: nothing to observe")
        if len(self.observe) > 1 and any(
            not isinstance(option.value, tuple) or len(option.value) != len(self.observe)
            for option in self.options
        ):
            raise ValueError(f"{self.snippet}: one value per probe in every option")

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
    if isinstance(expected, _Missing) or isinstance(seen, _Missing):
        return expected is seen
    if isinstance(expected, tuple) and isinstance(seen, tuple):
        return len(expected) == len(seen) and all(map(_same, expected, seen))
    return type(expected) is type(seen) and expected == seen


# The driver -----------------------------------------------------------------------------------


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


_WIDGET_LISTS = (
    "text_input",
    "text_area",
    "number_input",
    "selectbox",
    "multiselect",
    "radio",
    "checkbox",
    "toggle",
    "slider",
    "select_slider",
    "feedback",
    "file_uploader",
)
_MARKUP = re.compile(r"`|\*\*")


def _find(
    at: AppTest,
    label: str | None,
    key: str | None,
    lists: tuple[str, ...],
    *,
    missing_ok: bool = False,
) -> Any:
    found = [
        widget
        for name in lists
        for widget in getattr(at, name)
        if (label is None or getattr(widget, "label", None) == label)
        and (key is None or widget.key == key)
    ]
    if not found and missing_ok:
        return None
    if len(found) != 1:
        what = f"label {label!r}" + (f" and key {key!r}" if key else "")
        raise DriverError(f"{len(found)} widgets with {what} on the page (need exactly one)")
    return found[0]


def _texts(block: Any) -> Iterator[str]:
    """Every line of text in a block, in page order (Markdown, text, captions, alerts, metrics)."""
    for child in block.children.values():
        if getattr(child, "children", None) is not None and not hasattr(child, "value"):
            yield from _texts(child)
            continue
        kind = getattr(child, "type", "")
        if kind == "metric":
            yield f"{child.label}: {child.value}"
        elif kind in (
            "markdown",
            "text",
            "caption",
            "alert",
            "success",
            "error",
            "warning",
            "info",
        ):
            yield str(child.value)


def read(at: AppTest, probe: Probe) -> Any:
    """What one probe reads from a finished run."""
    if isinstance(probe, State):
        return at.session_state[probe.key] if probe.key in at.session_state else MISSING
    if isinstance(probe, Shown):
        for text in _texts(at.main):
            plain = _MARKUP.sub("", text)
            if plain.startswith(probe.prefix):
                return plain.split(probe.until)[0] if probe.until else plain
        return NOT_SHOWN
    if isinstance(probe, Value):
        widget = _find(at, probe.label, probe.key, _WIDGET_LISTS, missing_ok=True)
        if widget is None:
            return NOT_SHOWN
        return getattr(widget.value, "name", widget.value)  # an uploaded file: its name
    if isinstance(probe, Raised):
        return at.exception[0].proto.type if at.exception else None
    if isinstance(probe, Keys):
        return tuple(sorted(key for key in at.session_state if not key.startswith("_")))
    if isinstance(probe, Filled):
        return tuple(key for key in probe.keys if key in at.session_state and at.session_state[key])
    raise TypeError(f"not a probe: {probe!r}")


def show(value: Any) -> str:
    """A value as plain text: strings as they are (quoted when spaces at the ends matter)."""
    if isinstance(value, _Missing):
        return value.text
    if isinstance(value, str):
        return value if value and value.strip() == value else repr(value)
    if isinstance(value, tuple):
        return ", ".join(show(item) for item in value) or "(none)"
    return repr(value)


def describe(value: Any, probe: Probe) -> str:
    """A probe's reading as one phrase of the timeline: `count = 3`, `error: KeyError`."""
    if isinstance(probe, State):
        return f"{probe.key} = {value!r}"
    if isinstance(probe, Value):
        return f"“{probe.label or probe.key}” shows {value!r}"
    if isinstance(probe, Raised):
        return f"error: {value.rpartition('.')[2]}" if value else "no error"
    if isinstance(probe, Keys):
        return f"keys: {show(value)}"
    if isinstance(probe, Filled):
        return f"holding a value: {show(value)}"
    return show(value)


class _Driver:
    """One question's session under AppTest, and the steps as the browser would send them."""

    def __init__(self, question: Question) -> None:
        self.question = question
        self.bound_widget_changed = False
        self.at = self._open(dict(question.url), dict(question.given))

    def _open(self, url: dict[str, Any], given: dict[str, Any]) -> AppTest:
        from streamlit.testing.v1 import AppTest

        page = self.question.app_page
        script = HOME if page else snippet_path(self.question.snippet)
        at = AppTest.from_file(str(script), default_timeout=RUN_TIMEOUT)
        at.query_params.update(url)
        for key, value in given.items():
            at.session_state[key] = value
        at.run()
        if page:
            at.switch_page(page).run()
        return at

    def opening(self) -> str:
        text = "open the page"
        if self.question.url:
            query = "&".join(
                f"{name}={item}"
                for name, value in self.question.url.items()
                for item in ([value] if isinstance(value, str) else value)
            )
            text += f" with ?{query}"
        return f"{text} ({self.question.given_text})" if self.question.given_text else text

    def take(self, step: Step) -> Iterator[str]:
        """Take one step; yield the timeline's line for each script run it causes."""
        at = self.at
        if isinstance(step, Click):
            for n in range(1, step.times + 1):
                button = _find(at, step.label, step.key, ("button",))
                if button.disabled:
                    raise DriverError(f"the button {step.label!r} is disabled")
                button.click().run()
                where = f" {step.where}" if step.where else ""
                count = f" ({n} of {step.times})" if step.times > 1 else ""
                yield f"click “{step.label}”{where}{count}"
        elif isinstance(step, Enter):
            widget = _find(at, step.label, step.key, _WIDGET_LISTS)
            if getattr(widget.proto, "query_param_key", ""):
                self.bound_widget_changed = True
            widget.set_value(step.value)
            in_form = bool(getattr(widget.proto, "form_id", ""))
            if not in_form:  # a form sends its widgets only with its submit button
                at.run()
            yield _entered(widget, step, in_form)
        elif isinstance(step, Upload):
            _find(at, step.label, None, ("file_uploader",)).upload(step.name, step.data, step.mime)
            at.run()
            yield f"upload {step.name} into “{step.label}”"
        elif isinstance(step, EditTable):
            at.session_state[step.key] = {
                "edited_rows": {row: dict(cells) for row, cells in step.edited_rows.items()},
                "added_rows": [dict(row) for row in step.added_rows],
                "deleted_rows": list(step.deleted_rows),
            }
            at.run()
            yield _edited(step)
        elif isinstance(step, Rerun):
            at.run()
            yield "use anything else on the page (the script reruns)"
        elif isinstance(step, Reload):
            if self.question.app_page:
                raise DriverError("a reload inside the app needs the browser")
            if self.bound_widget_changed:
                raise DriverError(
                    "a widget bound to the URL changed: the browser writes that URL, AppTest "
                    "does not, so only the browser shows what a reload brings back"
                )
            self.at = self._open(dict(at.query_params), {})
            yield (
                "open the same address in a new tab (a new session)"
                if step.new_tab
                else "reload the tab (a new session, same URL)"
            )
        elif isinstance(step, SwitchPage):
            if not self.question.app_page:
                raise DriverError("a page switch needs a question driven through the app")
            at.switch_page(step.page).run()
            yield step.text
        else:
            raise TypeError(f"not a step: {step!r}")

    def look(self) -> tuple[Any, ...]:
        return tuple(read(self.at, probe) for probe in self.question.observe)

    def shown(self, seen: tuple[Any, ...]) -> tuple[str, ...]:
        pairs = zip(seen, self.question.observe, strict=True)
        return tuple(describe(value, probe) for value, probe in pairs)


def _entered(widget: Any, step: Enter, in_form: bool) -> str:
    label = getattr(widget, "label", None)
    name = step.name or (f"“{label}”" if label else f"“{step.key}”")
    kind = getattr(widget, "type", "")
    if kind in ("text_input", "text_area"):
        if in_form:
            return f"type {step.value!r} into {name} (in a form: nothing runs until submit)"
        return f"type {step.value!r} into {name} and press Enter"
    if kind in ("checkbox", "toggle"):
        verb = "tick" if kind == "checkbox" else "switch on"
        undo = "untick" if kind == "checkbox" else "switch off"
        return f"{verb if step.value else undo} {name}"
    if kind in ("selectbox", "radio", "multiselect"):
        return f"choose {show(step.value)} in {name}"
    if kind == "feedback":
        return f"rate {name} {'thumbs up' if step.value == 1 else show(step.value)}"
    return f"set {name} to {show(step.value)}"


def _edited(step: EditTable) -> str:
    parts = []
    if step.deleted_rows:
        rows = ", ".join(str(row + 1) for row in step.deleted_rows)
        parts.append(f"delete row {rows}" if len(step.deleted_rows) == 1 else f"delete rows {rows}")
    for row, cells in step.edited_rows.items():
        changes = ", ".join(f"{column} to {value!r}" for column, value in cells.items())
        parts.append(f"in row {row + 1} set {changes}")
    if step.added_rows:
        parts.append(f"add {len(step.added_rows)} row(s)")
    return "edit the table: " + "; ".join(parts)


def clear_caches() -> None:
    """Empty every st.cache_data and st.cache_resource: each question runs as on a fresh server,
    so no earlier run (or other learner) changes its outcome."""
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()


def drive(question: Question) -> Run:
    """Take the question's steps with AppTest, recording what the probes read after each run."""
    clear_caches()
    driver = _Driver(question)
    seen = driver.look()
    moments = [Moment(driver.opening(), driver.shown(seen))]
    for step in question.steps:
        for line in driver.take(step):
            seen = driver.look()
            moments.append(Moment(line, driver.shown(seen)))
    value = seen[0] if len(seen) == 1 else seen
    return Run(
        moments=tuple(moments),
        value=value,
        matches=tuple(question.matching(value)),
    )
