"""The rules: id, one-line summary, and the lesson that explains each pitfall.

This table is data on purpose: to point a rule at another lesson, change its `lesson` here.
`also_in` lists other lessons that show the same pitfall (a broken snippet of such a lesson is
expected to be flagged with this rule).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    summary: str
    lesson: str
    also_in: tuple[str, ...] = ()
    # False: too often wrong on real code to run unless asked for with --select (see `why_off`).
    default: bool = True
    why_off: str = ""

    @property
    def lesson_path(self) -> str:
        """URL path of the lesson page in the Session State Patterns app."""
        return f"/{self.lesson}"


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "SS001",
            "widget-key-set-after-widget",
            "A widget's key is assigned after the widget was drawn in the same run.",
            lesson="errors",
            also_in=("widget-keys",),
        ),
        Rule(
            "SS002",
            "widget-default-and-state",
            "A widget gets a default (value=, index=, ...) and a session-state value for its key.",
            lesson="widget-keys",
        ),
        Rule(
            "SS003",
            "reset-every-run",
            "An unguarded top-level `st.session_state.x = ...` resets x on every rerun.",
            lesson="initialize",
            also_in=("troubleshooting",),
        ),
        Rule(
            "SS004",
            "uninitialized-read",
            "A key is read but never initialized in the checked code.",
            lesson="initialize",
            also_in=("errors",),
            default=False,
            why_off="on apps it had not been tuned on it was wrong in 53 of 53 findings "
            "(three held-out sets, first passes): it cannot follow every way an app sets a key",
        ),
        Rule(
            "SS005",
            "callback-called",
            "`on_click=f()` calls f while drawing the widget instead of passing it.",
            lesson="callbacks",
        ),
        Rule(
            "SS006",
            "nested-button",
            "An `if st.button(...)` inside another one can never run its body.",
            lesson="toggle",
        ),
        Rule(
            "SS007",
            "read-only-widget-key",
            "A button, download button, form, file uploader or submit key is assigned.",
            lesson="errors",
            also_in=("uploads",),
        ),
        Rule(
            "SS008",
            "unpicklable-value",
            "A lambda, lock, open file, generator or connection is stored in session state.",
            lesson="serializable",
        ),
        Rule(
            "SS009",
            "script-class-in-state",
            "An instance of a class defined in the script is stored in session state.",
            lesson="serializable",
            default=False,
            why_off="on real apps all 4 findings were classes of imported modules, defined "
            "once per process; after the fix it has no finding on real code to measure",
        ),
        Rule(
            "SS010",
            "loop-key-constant",
            "A widget drawn in a loop has a key (or label) that does not change with the loop.",
            lesson="errors",
            default=False,
            why_off="on apps it had not been tuned on it was wrong in 68 of 68 findings "
            "(three held-out sets, first passes): most such widgets are drawn in one pass only",
        ),
        Rule(
            "SS011",
            "module-level-mutable",
            "A module-level list, dict or set is changed inside a function (not per user).",
            lesson="shared-state",
            default=False,
            why_off="on real apps such objects were shared on purpose in 25 of 25 findings "
            "(caches, registries, lock-protected data for worker threads, a record of where "
            "a secret came from); the remaining pattern is unmeasured on real code",
        ),
        Rule(
            "SS012",
            "rerun-in-callback",
            "`st.rerun()` inside a callback stops the callback; a rerun follows anyway.",
            lesson="callbacks",
        ),
        Rule(
            "SS013",
            "key-changes-every-run",
            "A widget key built from uuid, random or the clock is new on every run.",
            lesson="troubleshooting",
        ),
        Rule(
            "SS014",
            "callback-in-form",
            "A widget inside st.form other than st.form_submit_button has a callback.",
            lesson="forms",
            also_in=("errors",),
        ),
        Rule(
            "SS015",
            "duplicate-key",
            "Two widgets use the same key in the same run.",
            lesson="errors",
            default=False,
            why_off="its one finding on the third held-out set (first pass) was wrong: the two "
            "widgets were in a try body and its except, never drawn in the same run",
        ),
    )
}


def default_rules() -> frozenset[str]:
    """Ids of the rules that run when none are selected."""
    return frozenset(rule.id for rule in RULES.values() if rule.default)
