"""Page overhead: the rerun after the same interaction on each lesson page (through Home.py)
against the lesson's snippets without the frame, in AppTest with interleaved repetitions.

The interaction is generic so every catalog lesson is benchmarked without per-lesson code: click
the first enabled button of the lesson's first working snippet (matched by key, else by label),
or a plain rerun when that snippet has no button. Two bare baselines are timed with the same
interaction:
- "snippets": all of the lesson's snippets in one script (bench/lib/bare_lesson.py): the page
  minus the frame. The target applies to this ratio, since it is what the frame costs.
- "first snippet": the first snippet file alone, as `streamlit run snippets/<lesson>/<file>`
  runs it.
AppTest runs server-like (bench/lib/apptest.py), so neither side pays compile time a server
would not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from streamlit.testing.v1 import AppTest

from app.catalog import LESSONS, Lesson, Snippet
from app.paths import HOME, SNIPPETS_DIR
from bench.lib.apptest import TIMEOUT, server_like_apptest, timed
from bench.lib.bare_lesson import SCRIPT
from bench.lib.common import Row, Section, median, paired_ratio, verdict

TARGET = 1.5
LANDING = "landing page (Home)"


@dataclass(frozen=True)
class Interaction:
    """What happens before each timed rerun: click a button (by key or label) or just rerun."""

    key: str | None
    label: str | None

    def describe(self) -> str:
        return "rerun" if self.label is None else f"click {self.label!r}"

    def step(self, at: AppTest) -> Callable[[], AppTest]:
        """The timed step for this app: the queued click plus its run, or a plain rerun."""
        if self.label is None:
            return at.run

        def click() -> AppTest:
            button = (
                at.button(key=self.key)
                if self.key is not None
                else next(b for b in at.main.button if b.label == self.label)
            )
            # A button can switch itself off after enough clicks (e.g. a size cap); from then
            # on the step is a plain rerun, on the page and on the bare side alike.
            return at.run() if button.disabled else button.click().run()

        return click


def bench_snippet(lesson: Lesson) -> Snippet:
    """The lesson's first snippet that runs cleanly (a broken one raises on purpose)."""
    return next((s for s in lesson.snippets if not s.is_broken), lesson.snippets[0])


def interaction_for(snippet: Snippet) -> Interaction:
    at = AppTest.from_file(str(snippet.path), default_timeout=TIMEOUT).run()
    # A disabled button (e.g. "Reset filters" with nothing selected) cannot be clicked.
    buttons = [b for b in at.main.button if not b.disabled]
    if not buttons:
        return Interaction(None, None)
    first = buttons[0]
    user_key = first.key if first.key and not first.key.startswith("$$") else None
    return Interaction(user_key, first.label)


def run(reps: int, lessons: tuple[Lesson, ...] = LESSONS) -> Section:
    section = Section("page_overhead", data={"reps": reps, "target": TARGET, "lessons": []})
    with server_like_apptest() as tmp:
        app = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
        counter = AppTest.from_file(
            str(SNIPPETS_DIR / "quick_start" / "counter.py"), default_timeout=TIMEOUT
        )
        counter.run()
        landing, landing_bare = [], []
        for _ in range(reps):
            landing.append(timed(app.run))
            landing_bare.append(timed(counter.run))
        _add(section, LANDING, "rerun", landing, landing_bare, landing_bare, "counter.py")
        for lesson in lessons:
            try:
                _measure_lesson(section, lesson, reps, tmp)
            except Exception as exc:  # one broken lesson must not hide the others' numbers
                _add_error(section, lesson.slug, exc)
    return section


def _measure_lesson(section: Section, lesson: Lesson, reps: int, tmp: Path) -> None:
    # A new session per lesson, as the bare side has: state left by earlier lessons (a grown
    # table) would otherwise be pickled on every rerun (enforceSerializableSessionState).
    app = AppTest.from_file(str(HOME), default_timeout=TIMEOUT).run()
    snippet = bench_snippet(lesson)
    interaction = interaction_for(snippet)
    bare_script = tmp / f"bare_{lesson.slug.replace('-', '_')}.py"
    bare_script.write_text(SCRIPT.format(slug=lesson.slug), encoding="utf-8")
    app.switch_page(lesson.page).run()
    if app.exception:
        raise RuntimeError(f"the page raised: {app.exception[0].value}")
    apps = {
        "page": app,
        "snippets": AppTest.from_file(str(bare_script), default_timeout=TIMEOUT).run(),
        "first": AppTest.from_file(str(snippet.path), default_timeout=TIMEOUT).run(),
    }
    times: dict[str, list[float]] = {name: [] for name in apps}
    for _ in range(reps):
        for name, at in apps.items():
            times[name].append(timed(interaction.step(at)))
    _add(
        section,
        lesson.slug,
        interaction.describe(),
        times["page"],
        times["snippets"],
        times["first"],
        snippet.file,
    )


def _add_error(section: Section, subject: str, exc: Exception) -> None:
    message = f"{type(exc).__name__}: {exc}".replace("\n", " ")[:200]
    section.rows.append(
        Row("page overhead", subject, "-", "-", None, f"<= {TARGET}x", "ERROR", message)
    )
    section.data["lessons"].append({"subject": subject, "error": message})


def _add(
    section: Section,
    subject: str,
    action: str,
    page: list[float],
    snippets: list[float],
    first: list[float],
    file: str,
) -> None:
    ratio = paired_ratio(page, snippets)
    first_ratio = paired_ratio(page, first)
    landing = subject == LANDING
    note = (
        f"rerun vs {file} alone, {len(page)} reruns"
        if landing
        else f"{action}; {first_ratio:.2f}x vs {file} alone; {len(page)} interleaved reruns"
    )
    section.rows.append(
        Row(
            "page overhead",
            subject,
            f"{median(page) * 1000:.1f} ms",
            f"{median(snippets) * 1000:.1f} ms",
            ratio,
            "info" if landing else f"<= {TARGET}x",
            "info" if landing else verdict(ratio, TARGET),
            note,
        )
    )
    section.data["lessons"].append(
        {
            "subject": subject,
            "interaction": action,
            "first_snippet": file,
            "page_ms": [round(t * 1000, 3) for t in page],
            "snippets_ms": [round(t * 1000, 3) for t in snippets],
            "first_snippet_ms": [round(t * 1000, 3) for t in first],
            "ratio_vs_snippets": round(ratio, 3),
            "ratio_vs_first_snippet": round(first_ratio, 3),
        }
    )
