"""Predict questions of the catalog's "Modern apps" section, keyed by lesson slug."""

from __future__ import annotations

from app.predict.model import (
    NOT_ON_PAGE,
    Click,
    PageLine,
    Question,
    Right,
    SetValue,
    State,
    SwitchPage,
    Value,
    Wrong,
)

SECTION = "Modern apps"

QUESTIONS: dict[str, tuple[Question, ...]] = {
    "chat": (
        Question(
            id="chat.1",
            snippet="chat.py",
            prompt="The chat holds one question and its answer. You rate the answer thumbs "
            "up, open another lesson, and come back. What does the answer's rating show?",
            app_page="lessons/chat.py",
            given={
                "messages": [
                    {"role": "user", "content": "What is session state?"},
                    {
                        "role": "assistant",
                        "content": "Memory for one browser session.",
                        "id": 0,
                        "feedback": None,
                        "interrupted": False,
                    },
                ],
                "chat_next_id": 1,
            },
            given_text="the chat already holds one question and its answer",
            steps=(
                SetValue(None, 1, key="chat_feedback_0", name="the answer"),
                SwitchPage("lessons/multipage.py", "go to another lesson"),
                SwitchPage("lessons/chat.py", "come back to the chat"),
            ),
            observe=(
                Value(
                    None,
                    key="chat_feedback_0",
                    name="the answer's rating",
                    meaning=((0, "thumbs down"), (1, "thumbs up"), (None, "no rating")),
                ),
            ),
            options=(
                Wrong(
                    "No rating: the widget lost it",
                    None,
                    "Tempting: a page switch deletes a widget's value. The callback copied the "
                    "rating into the message, and `default=` draws it again.",
                ),
                Right("Thumbs up", 1),
                Wrong(
                    "The answer is gone",
                    NOT_ON_PAGE,
                    "Tempting: the chat widgets were deleted. `messages` is a plain key, which "
                    "a page switch does not delete.",
                ),
            ),
            why="The rating's `on_change` copied it into the answer in `messages`, a plain key "
            "that survives the page switch. Back here, `default=` draws the rating from it.",
            see="How it works",
            tab="Pages and reloads",
        ),
    ),
    "fragments": (
        Question(
            id="fragments.1",
            snippet="fragments_counters.py",
            prompt="You click **Add one outside** twice. What do the two run counters say?",
            steps=(Click("Add one outside", times=2),),
            observe=(PageLine("Page runs:"), PageLine("Fragment runs:")),
            options=(
                Wrong(
                    "Page runs: 3, Fragment runs: 1",
                    ("Page runs: 3", "Fragment runs: 1"),
                    "Tempting: a fragment reruns on its own. That is when its own widgets are "
                    "used; a full run runs the fragment too.",
                ),
                Right(
                    "Page runs: 3, Fragment runs: 3",
                    ("Page runs: 3", "Fragment runs: 3"),
                ),
            ),
            why="A click outside the fragment reruns the whole script, and the fragment is part "
            "of it. Only a widget inside the fragment reruns the fragment alone.",
            see="How it works",
        ),
    ),
    "dialogs": (
        Question(
            id="dialogs.1",
            snippet="dialogs_confirm_delete.py",
            prompt="You click **Delete** next to Bread, then **Delete** in the dialog. What are "
            "`dlg_items` and `dlg_result`?",
            steps=(
                Click("Delete", key="dlg_delete_2", where="next to Bread"),
                Click("Delete", key="dlg_yes", where="in the dialog"),
            ),
            observe=(State("dlg_items"), State("dlg_result")),
            options=(
                Wrong(
                    "Unchanged: a dialog cannot change the page's state",
                    ({1: "Apples", 2: "Bread", 3: "Coffee"}, "Nothing deleted yet."),
                    "Tempting: a dialog feels like a separate window. It runs in the same "
                    "session, and its button's callback writes the state.",
                ),
                Right(
                    "Bread is gone, and the result says so",
                    ({1: "Apples", 3: "Coffee"}, "Deleted Bread."),
                ),
                Wrong(
                    "Bread is gone, the result still says nothing was deleted",
                    ({1: "Apples", 3: "Coffee"}, "Nothing deleted yet."),
                    "Tempting: the result line is drawn above the list, as in a stale read. The "
                    "callback writes both keys before the rerun draws anything.",
                ),
            ),
            why="The dialog's button runs its `on_click` callback first, which deletes Bread "
            "and writes the result. `st.rerun()` then closes the dialog, and the page reads "
            "both from state.",
            see="How it works",
        ),
    ),
}
