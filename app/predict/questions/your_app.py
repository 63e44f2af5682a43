"""Predict questions of the catalog's "Your app" section, keyed by lesson slug."""

from __future__ import annotations

from app.predict.model import (
    NOT_ON_PAGE,
    Click,
    PageLine,
    Question,
    Reload,
    Right,
    SetValue,
    State,
    Wrong,
)

SECTION = "Your app"

QUESTIONS: dict[str, tuple[Question, ...]] = {
    "testing": (
        Question(
            id="testing.1",
            snippet="testing_cart.py",
            prompt='A test sets `at.session_state["testing_cart"] = {"Tea": 2}` before its '
            "first `at.run()`. What total does the page show?",
            given={"testing_cart": {"Tea": 2}},
            given_text="a test set testing_cart to {'Tea': 2} before the first run",
            steps=(),
            observe=(PageLine("Total:"),),
            options=(
                Wrong(
                    "Total: 0.00 €",
                    "Total: 0.00 €",
                    "Tempting: the script starts by setting the cart. It uses `setdefault`, "
                    "which leaves the test's cart alone.",
                ),
                Right("Total: 5.00 €", "Total: 5.00 €"),
                Wrong(
                    "An error: the script owns that key",
                    NOT_ON_PAGE,
                    "Tempting: a test seems to reach into the app. Assigning state before "
                    "`run()` is how AppTest starts a test in the middle of a flow.",
                ),
            ),
            why="State a test assigns before `run()` is in the session when the script starts, "
            "and `setdefault` keeps it. That is how a test starts in the middle of a flow.",
            see="How it works",
            tab="Clicks and state",
        ),
    ),
    "check-your-code": (
        Question(
            id="check-your-code.1",
            snippet="check_your_code_demo.py",
            prompt="You click **Add one** three times. What does the total say?",
            steps=(Click("Add one", times=3),),
            observe=(PageLine("Total:"),),
            options=(
                Wrong(
                    "Total: 3",
                    "Total: 3",
                    "Tempting: three clicks, three calls. `on_click=add_one()` calls it while "
                    "the page is drawn and passes `None`.",
                ),
                Wrong(
                    "Total: 0",
                    "Total: 0",
                    "Tempting: the top line resets the total every run. It does, but "
                    "`add_one()` then runs in that same run.",
                ),
                Right("Total: 1", "Total: 1"),
            ),
            why="The first line sets the total to 0 on every run, and `add_one()` with "
            "parentheses runs once in every run, while the button gets no callback. So every "
            "run shows 1, clicked or not.",
            see="Check it",
        ),
        Question(
            id="check-your-code.2",
            snippet="check_your_code_demo.py",
            prompt="You click **Reset**, then **Really reset?**. Does the page say “Reset done.”?",
            steps=(Click("Reset"), Click("Really reset?")),
            observe=(PageLine("Reset done."),),
            options=(
                Wrong(
                    "Yes",
                    "Reset done.",
                    "Tempting: you clicked both, in order. The second click reruns the script, "
                    "and in that run **Reset** is `False` again.",
                ),
                Right("No", NOT_ON_PAGE),
            ),
            why="A button is `True` only in the run its own click causes. Clicking **Really "
            "reset?** starts a run in which **Reset** is `False`, so the inner `if` never runs.",
            see="How it works",
        ),
    ),
    "login": (
        Question(
            id="login.1",
            snippet="login_basics.py",
            prompt="You type a note, click **Count a click** twice, then log in. The provider "
            "sends your browser back to the app, a new page load like a reload. What does "
            "the count say now?",
            steps=(
                SetValue("A note typed in this session", "buy milk"),
                Click("Count a click", times=2),
                Reload(),
            ),
            observe=(PageLine("Clicks in this session:"), State("login_draft")),
            options=(
                Wrong(
                    "Clicks in this session: 2, the note kept",
                    ("Clicks in this session: 2", "buy milk"),
                    "Tempting: same person, same tab. But the page loaded anew, and a new "
                    "page load is a new session with empty state.",
                ),
                Right(
                    "Clicks in this session: 0, the note empty",
                    ("Clicks in this session: 0", ""),
                ),
                Wrong(
                    "Clicks in this session: 2, the note empty",
                    ("Clicks in this session: 2", ""),
                    "Tempting: only widgets seem to reset. Every key of the old session is "
                    "gone, the plain counter too.",
                ),
            ),
            why="The login redirect ends in a new page load, which starts a new session: "
            "`st.session_state` starts empty. Only the identity cookie, read into `st.user`, "
            "comes through.",
            see="How it works",
        ),
        Question(
            id="login.2",
            snippet="login_carry.py",
            prompt="You typed *buy milk* as the draft, so this tab's URL ends in "
            "`?login_carry=buy+milk`, then logged in in a new tab. You reload this tab. "
            "What is in the draft field?",
            url={"login_carry": "buy milk"},
            steps=(Reload(),),
            observe=(State("login_carry"),),
            options=(
                Wrong(
                    "Nothing: a reload empties session state",
                    "",
                    "Tempting: a reload is a new session. But the widget is bound to the "
                    "URL, and the reload keeps the URL.",
                ),
                Right("buy milk", "buy milk"),
            ),
            why='`bind="query-params"` writes the draft into the URL, and a reload keeps the '
            "URL, so the new session's widget starts from it. A login in the same tab would "
            "lose it: Streamlit returns to the root URL without the query string.",
            see="Keep what matters beyond the session",
        ),
        Question(
            id="login.3",
            snippet="login_check_one_page.py",
            prompt="You are not logged in. A friend sends you this app's link that ends in "
            "`?login_page=Members`, and you open it. What does the app show?",
            url={"login_page": "Members"},
            steps=(),
            observe=(PageLine("Members only"), PageLine("Members' price list")),
            options=(
                Wrong(
                    "Members only: log in first.",
                    ("Members only: log in first.", NOT_ON_PAGE),
                    "Tempting: the app checks `st.user`. But only the home page does, and a "
                    "link to the members' page never runs the home page.",
                ),
                Right(
                    "Members' price list: 42 € a seat.",
                    (NOT_ON_PAGE, "Members' price list: 42 € a seat."),
                ),
            ),
            why="A run draws only the page it is for, so a check on the home page does not "
            "run when a link opens another page. Check `st.user` on every run, before any "
            "page runs.",
            see="Pitfalls, live",
            tab="One page checks",
        ),
    ),
}
