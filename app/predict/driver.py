"""The one driver of every Predict question: its steps taken with AppTest, its probes read.

Steps go in as a browser sends them (a changed widget reruns the script, except in a form, where
only the submit button does); what AppTest cannot show as a browser would raises DriverError.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.paths import HOME, snippet_path
from app.predict.model import (
    MISSING,
    NOT_ON_PAGE,
    Absent,
    Click,
    EditTable,
    Filled,
    Keys,
    Moment,
    PageLine,
    Probe,
    Question,
    Raised,
    Reload,
    Rerun,
    Run,
    SetValue,
    State,
    Step,
    SwitchPage,
    Upload,
    Value,
)

if TYPE_CHECKING:
    from streamlit.testing.v1 import AppTest

RUN_TIMEOUT = 30.0  # seconds per script run; a slow, busy machine included


class DriverError(Exception):
    """The steps cannot be driven as written (no such widget, two of them, a disabled button),
    or AppTest would not show what a browser shows."""


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
    if isinstance(probe, PageLine):
        for text in _texts(at.main):
            plain = _MARKUP.sub("", text)
            if plain.startswith(probe.prefix):
                return plain.split(probe.until)[0] if probe.until else plain
        return NOT_ON_PAGE
    if isinstance(probe, Value):
        widget = _find(at, probe.label, probe.key, _WIDGET_LISTS, missing_ok=True)
        if widget is None:
            return NOT_ON_PAGE
        return getattr(widget.value, "name", widget.value)  # an uploaded file: its name
    if isinstance(probe, Raised):
        return at.exception[0].proto.type if at.exception else None
    if isinstance(probe, Keys):
        return tuple(sorted(key for key in at.session_state if not key.startswith("_")))
    if isinstance(probe, Filled):
        return tuple(key for key in probe.keys if key in at.session_state and at.session_state[key])
    raise TypeError(f"not a probe: {probe!r}")


def as_text(value: Any) -> str:
    """A value as the timeline writes it: strings as they are (quoted when spaces at the ends
    matter), tuples as a list, absent things as their placeholder."""
    if isinstance(value, Absent):
        return value.text
    if isinstance(value, str):
        return value if value and value.strip() == value else repr(value)
    if isinstance(value, tuple):
        return ", ".join(as_text(item) for item in value) or "(none)"
    return repr(value)


def describe(value: Any, probe: Probe) -> str:
    """A probe's reading as one phrase of the timeline: `count = 3`, `error: KeyError`."""
    if isinstance(probe, State):
        return f"{probe.key} = {value!r}"
    if isinstance(probe, Value):
        name = probe.name or f"“{probe.label or probe.key}”"
        meant = next((text for shown, text in probe.meaning if shown == value), None)
        return f"{name} shows {meant or repr(value)}"
    if isinstance(probe, Raised):
        return f"error: {value.rpartition('.')[2]}" if value else "no error"
    if isinstance(probe, Keys):
        return f"keys: {as_text(value)}"
    if isinstance(probe, Filled):
        return f"holding a value: {as_text(value)}"
    return as_text(value)


class _Driver:
    """One question's session under AppTest, and the steps as the browser would send them.

    Its durable store is a SQLite file in `store_dir`, whatever the app is configured with, so
    answering a question never writes into the learners' saved lists."""

    def __init__(self, question: Question, store_dir: Path) -> None:
        self.question = question
        self.bound_widget_changed = False
        self.store_url = f"sqlite:///{store_dir / 'state.db'}"
        self.at = self._open(dict(question.url), dict(question.given))

    def _open(self, url: dict[str, Any], given: dict[str, Any]) -> AppTest:
        from streamlit.testing.v1 import AppTest

        page = self.question.app_page
        script = HOME if page else snippet_path(self.question.snippet)
        at = AppTest.from_file(str(script), default_timeout=RUN_TIMEOUT)
        # These secrets replace secrets.toml for the run: the snippets' [connections.durable].
        at.secrets["connections"] = {"durable": {"url": self.store_url}}
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
        elif isinstance(step, SetValue):
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

    def describe_all(self, seen: tuple[Any, ...]) -> tuple[str, ...]:
        """The timeline's phrases for what the probes read."""
        pairs = zip(seen, self.question.observe, strict=True)
        return tuple(describe(value, probe) for value, probe in pairs)


def _entered(widget: Any, step: SetValue, in_form: bool) -> str:
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
        return f"choose {as_text(step.value)} in {name}"
    if kind == "feedback":
        return f"rate {name} {'thumbs up' if step.value == 1 else as_text(step.value)}"
    return f"set {name} to {as_text(step.value)}"


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
    """Take the question's steps with AppTest, recording what the probes read after each run.
    Each question gets a throwaway store, deleted with its connection when the run is done."""
    clear_caches()
    with tempfile.TemporaryDirectory(prefix="predict-store-") as store_dir:
        try:
            driver = _Driver(question, Path(store_dir))
            seen = driver.look()
            moments = [Moment(driver.opening(), driver.describe_all(seen))]
            for step in question.steps:
                for line in driver.take(step):
                    seen = driver.look()
                    moments.append(Moment(line, driver.describe_all(seen)))
        finally:
            clear_caches()  # closes the connection to the store before its folder goes
    value = seen[0] if len(seen) == 1 else seen
    return Run(
        moments=tuple(moments),
        value=value,
        matches=tuple(question.matching(value)),
    )
