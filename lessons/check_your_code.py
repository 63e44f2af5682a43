import streamlit as st

from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet
from app.lesson_parts.code_check import (
    MAX_CHARS,
    CodeCheck,
    check_code,
    rules_markdown,
    show_code_check,
)
from state_lint import RULES

DEMO = "check_your_code_demo.py"

lesson = lesson_header(
    "check-your-code",
    "This small app makes three session-state mistakes. Read its code, guess what **Add one** "
    "and **Reset**, then **Really reset?**, will do, and try them: the questions at the end of "
    "the page ask the same.",
)
show_snippet(lesson, DEMO)


def check_pasted_code() -> None:
    st.session_state.lint_report = check_code(st.session_state.lint_code)


prose(
    "## Check it",
    "The box below starts with the code above. Press **Check the code** to find its mistakes, then "
    "replace it with a script of your own. The page parses the code with Python's `ast` "
    "module and never runs it.",
)
st.session_state.setdefault("lint_code", lesson.snippet(DEMO).path.read_text(encoding="utf-8"))
# Code reads in a fixed-width font. A fixed style of this page's own, no user text in it.
st.html(
    "<style>.st-key-lint_code textarea "
    '{ font-family: "Source Code Pro", ui-monospace, monospace; }</style>'
)
st.text_area(
    "Code to check",
    key="lint_code",
    height=260,
    help=f"One Streamlit script, up to {MAX_CHARS:,} characters.",
)
st.button(
    "Check the code",
    key="lint_check",
    on_click=check_pasted_code,
    type="primary",
    icon=":material/fact_check:",
)
report: CodeCheck | None = st.session_state.get("lint_report")
if report is not None:
    show_code_check(report, st.session_state.lint_code)

with st.expander(f"All {len(RULES)} rules"):
    st.markdown(rules_markdown())

how_it_works(
    """
The check reads the code as a syntax tree and looks for the patterns the lessons warn about:
a key assigned after its widget, a default given twice, state reset on every run, a callback
called instead of passed, a button inside another button's `if`, and more (see the list
above). This page calls the same function the command line uses, with three rules turned
on that are off by default there (`SS004`, `SS010`, `SS015`: on real apps they were too often
wrong, but a single pasted script is easy to check by eye):

```python
from state_lint import check_source

for finding in check_source(code, select=frozenset({"SS001", "SS004", "SS010"})):
    print(finding.line, finding.rule, finding.message)
```

Check your own project from a terminal. The command comes with this project
(`pip install -e .`):

```bash
state-lint app.py pages/            # exit 1 if it finds something
state-lint --select ALL app.py      # every rule, those off by default too
state-lint --format json app.py     # for editors and CI
```

Keep a finding you have decided is fine by ending its line with
`# state-lint: ignore[SS003]`. To run it before every commit, add the hook `state-lint` from
this repository to your `.pre-commit-config.yaml`.
"""
)

pitfalls(
    [
        "No finding is not a proof: keys built at run time (`st.session_state[name]`) and "
        "values computed elsewhere are invisible to a check that does not run the code.",
        "Check a multipage app in one command (`state-lint app.py pages/`): a key the main "
        "file initializes then counts as initialized in every page.",
        "Some findings are about behaviour, not errors: `SS011` and `SS003` code runs without "
        "an exception and quietly loses or shares data.",
        "Measured on public Streamlit apps (docs/STATE_LINT.md in this project), on three "
        "sets of apps checked before any rule was fixed for them: `SS001`, `SS002`, `SS005` "
        "and `SS006` were right in 43 of 44 findings; `SS004`, `SS010` and `SS015` were "
        "wrong in all 122 of theirs, so the command line runs them only when asked "
        "(`--select`), like `SS009` and `SS011`. Treat a finding as a question to check.",
    ]
)
