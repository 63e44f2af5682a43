"""The chat lesson in a real browser: what only a browser can do to a streaming answer.

A click while an answer streams reruns the script and stops the running one: the naive
snippet loses the whole turn, the saved one keeps the question and the words shown so far,
marked interrupted. Also: a rating on an earlier answer during a stream, submit_mode
"disable" and "stop", a page switch (an in-page link, then the browser's Back button: same
session), and a reload (a new session).
"""

from __future__ import annotations

import ast
import re

import pytest
from playwright.sync_api import Locator, expect

from app.paths import snippet_path

from .streamlit_page import IDLE, StreamlitPage, catalog_lesson

CHAT = catalog_lesson("chat")
MULTIPAGE = catalog_lesson("multipage")
INTERRUPTED = "Interrupted: the answer stopped here."
LOAD_TIMEOUT_MS = 60_000


def constant(file: str, name: str):
    """A module-level constant of a snippet, read from the source the lesson shows."""
    tree = ast.parse(snippet_path(file).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise KeyError(f"{name} not in {file}")


ANSWERS: tuple[str, ...] = constant("chat.py", "ANSWERS")


def chat_answer(prompt: str, answer_id: int) -> str:
    """The full answer chat.py streams for this question and answer id."""
    return ANSWERS[(len(prompt) + answer_id) % len(ANSWERS)]


# Where things are ---------------------------------------------------------------------------


def open_chat(app: StreamlitPage) -> None:
    """Load the lesson in a new session. A first load can be slow on a busy machine: allow a
    minute for it (only for the load; every assertion keeps the suite's timeouts)."""
    app.page.goto(f"/{CHAT.slug}")
    app.page.wait_for_selector(IDLE, state="attached", timeout=LOAD_TIMEOUT_MS)
    expect(app.main.get_by_role("heading", level=1)).to_have_text(CHAT.title)


def open_tab(app: StreamlitPage, name: str) -> None:
    app.page.get_by_role("tab", name=name, exact=True).click()
    expect(app.page.get_by_role("tab", name=name, exact=True)).to_have_attribute(
        "aria-selected", "true"
    )


def demo(app: StreamlitPage, input_key: str) -> Locator:
    """The bordered box a snippet runs in, found by its chat input's key (its Broken or Fixed
    tab opened first when it sits in one)."""
    field = app.page.locator(f".st-key-{input_key}")
    inner_tab = {"chat_naive_prompt": "Broken", "chat_saved_prompt": "Fixed"}.get(input_key)
    if inner_tab:
        open_tab(app, inner_tab)
    return field.locator("xpath=..")


def messages(box: Locator) -> Locator:
    return box.get_by_test_id("stChatMessage")


def message_text(message: Locator) -> str:
    """The message's own text (st.text or Markdown), without the avatar icon or captions."""
    body = message.get_by_test_id("stText").or_(message.get_by_test_id("stMarkdownContainer"))
    return body.first.inner_text().strip()


def send(box: Locator, text: str) -> None:
    """Type into the demo's chat input and press Enter, without waiting for the answer."""
    field = box.get_by_test_id("stChatInputTextArea")
    field.fill(text)
    field.press("Enter")


def click_now(target: Locator) -> None:
    """A real mouse click on a widget while an answer streams. The growing answer moves the
    widgets below it, so Playwright's wait for a still element could outlast the stream:
    `force` clicks where the widget is now, as a learner would."""
    target.click(force=True)


def expect_answer_started(box: Locator, count: int) -> None:
    """The run that answers has drawn the question and the answer's bubble (`count` messages
    in all), so its stream is running: act now. Waiting for words to show would lose time a
    busy machine needs; the assertions afterwards check where the answer was cut."""
    expect(messages(box)).to_have_count(count)
    # And its first word is on screen, so a cut leaves a non-empty beginning to check.
    expect(
        messages(box).nth(count - 1).get_by_test_id("stMarkdownContainer").first
    ).to_contain_text(re.compile(r"\w"))


def expect_cut_off(message: Locator, answer: str) -> str:
    """The message holds a strict, non-empty beginning of `answer`; returns that text."""
    shown = message_text(message)
    assert shown and answer.startswith(shown) and len(shown) < len(answer), shown
    return shown


# Interruption: naive vs saved ---------------------------------------------------------------


def test_naive_chat_loses_the_question_and_the_partial_answer_on_a_click(app):
    open_chat(app)
    open_tab(app, "Interrupted answers")
    box = demo(app, "chat_naive_prompt")
    send(box, "Will you remember this?")
    expect_answer_started(box, 2)
    click_now(box.get_by_role("button", name="Click me during an answer"))
    # The rerun draws the history from state: the turn was never saved.
    expect(messages(box)).to_have_count(0)
    app.wait_until_idle()
    app.click(box.get_by_role("button", name="Click me during an answer"))
    expect(messages(box)).to_have_count(0)
    app.expect_inspector("chat_naive_messages", "[]")
    app.assert_clean()


def test_saved_chat_keeps_the_question_and_the_partial_answer_marked_interrupted(app):
    answer = constant("chat_saved.py", "ANSWER")
    open_chat(app)
    open_tab(app, "Interrupted answers")
    box = demo(app, "chat_saved_prompt")
    send(box, "Will you remember this?")
    expect_answer_started(box, 2)
    click_now(box.get_by_role("button", name="Click me during an answer"))
    # The caption is drawn only from state, by the rerun the click started.
    expect(box.get_by_text(INTERRUPTED)).to_be_visible()
    app.wait_until_idle()
    expect(messages(box)).to_have_count(2)
    assert message_text(messages(box).nth(0)) == "Will you remember this?"
    shown = expect_cut_off(messages(box).nth(1), answer)
    # Another rerun draws exactly the same from state.
    app.click(box.get_by_role("button", name="Click me during an answer"))
    assert message_text(messages(box).nth(1)) == shown
    expect(box.get_by_text(INTERRUPTED)).to_have_count(1)
    app.assert_clean()


@pytest.mark.parametrize(
    ("input_key", "kept"),
    [("chat_naive_prompt", ["Second?"]), ("chat_saved_prompt", ["First?", "Second?"])],
    ids=["naive", "saved"],
)
def test_a_second_question_during_an_answer(app, input_key, kept):
    # submit_mode="submit" (the default) lets the learner send again while an answer runs.
    file = "chat_naive.py" if input_key == "chat_naive_prompt" else "chat_saved.py"
    answer = constant(file, "ANSWER")
    open_chat(app)
    open_tab(app, "Interrupted answers")
    box = demo(app, input_key)
    send(box, "First?")
    expect_answer_started(box, 2)
    send(box, "Second?")
    expect(messages(box)).to_have_count(2 * len(kept))
    last = messages(box).nth(2 * len(kept) - 1)
    expect(last).to_contain_text(answer)  # the second answer completes
    app.wait_until_idle()
    questions = [message_text(messages(box).nth(2 * i)) for i in range(len(kept))]
    assert questions == kept
    if len(kept) == 2:
        expect_cut_off(messages(box).nth(1), answer)
        expect(box.get_by_text(INTERRUPTED)).to_have_count(1)
    app.assert_clean()


# The full chat: a rating during a stream, page switch, reload -------------------------------


def ask_and_wait(app: StreamlitPage, box: Locator, question: str, answer_id: int) -> None:
    """Send a question to chat.py and wait for the complete answer with its rating buttons."""
    count = messages(box).count()
    send(box, question)
    expect(messages(box)).to_have_count(count + 2)
    expect(box.locator(f".st-key-chat_feedback_{answer_id}")).to_be_visible()
    expect(messages(box).nth(count + 1)).to_contain_text(chat_answer(question, answer_id))
    app.wait_until_idle()


def thumbs_up(box: Locator, answer_id: int) -> Locator:
    feedback = box.locator(f".st-key-chat_feedback_{answer_id}")
    return feedback.get_by_role("radio", name="Thumbs up")


def test_rating_an_earlier_answer_during_a_stream_keeps_both(app):
    open_chat(app)
    box = demo(app, "chat_prompt")
    ask_and_wait(app, box, "First question", 0)
    send(box, "Second question")
    second = chat_answer("Second question", 1)
    expect_answer_started(box, 4)
    click_now(thumbs_up(box, 0))  # a rerun: it stops the second answer
    expect(box.get_by_text(INTERRUPTED)).to_be_visible()
    app.wait_until_idle()
    expect(messages(box)).to_have_count(4)
    assert message_text(messages(box).nth(2)) == "Second question"
    expect_cut_off(messages(box).nth(3), second)
    expect(thumbs_up(box, 0)).to_have_attribute("aria-checked", "true")
    expect(thumbs_up(box, 1)).to_have_attribute("aria-checked", "false")
    app.assert_clean()


def test_history_survives_a_page_switch_and_is_gone_after_a_reload(app):
    open_chat(app)
    box = demo(app, "chat_prompt")
    ask_and_wait(app, box, "Remember me", 0)
    app.click(thumbs_up(box, 0))
    answer = message_text(messages(box).nth(1))

    # An in-page link (st.page_link) switches pages inside this session...
    open_tab(app, "Pages and reloads")
    app.click(app.main.get_by_role("link", name=MULTIPAGE.title))
    expect(app.main.get_by_role("heading", level=1)).to_have_text(MULTIPAGE.title)
    expect(app.page).to_have_url(re.compile(r"/multipage$"))
    # ... and so does the browser's Back button (no page load: the same WebSocket).
    app.page.go_back()
    expect(app.main.get_by_role("heading", level=1)).to_have_text(CHAT.title)
    app.wait_until_idle()
    box = demo(app, "chat_prompt")
    expect(messages(box)).to_have_count(2)
    assert message_text(messages(box).nth(0)) == "Remember me"
    assert message_text(messages(box).nth(1)) == answer
    # The rating widget was deleted on the other page and is drawn again from the message.
    expect(thumbs_up(box, 0)).to_have_attribute("aria-checked", "true")

    # A reload is a new session: the conversation is gone.
    app.page.reload()
    app.page.wait_for_selector(IDLE, state="attached", timeout=LOAD_TIMEOUT_MS)
    box = demo(app, "chat_prompt")
    expect(messages(box)).to_have_count(0)
    app.expect_inspector("messages", "[]")
    app.assert_clean()


# submit_mode --------------------------------------------------------------------------------


def choose_mode(app: StreamlitPage, mode: str) -> None:
    radio = app.main.get_by_test_id("stRadio").filter(has_text="submit_mode")
    app.click(radio.get_by_text(mode, exact=True))
    app.expect_inspector("chat_mode", repr(mode))


def test_submit_mode_disable_turns_the_input_off_until_the_run_ends(app):
    answer = constant("chat_submit_mode.py", "ANSWER")
    open_chat(app)
    open_tab(app, "submit_mode")
    choose_mode(app, "disable")
    box = demo(app, "chat_mode_prompt")
    field = box.get_by_test_id("stChatInputTextArea")
    send(box, "One")
    expect_answer_started(box, 2)
    expect(field).to_be_disabled()
    expect(messages(box).nth(1)).to_contain_text(answer)
    app.wait_until_idle()
    expect(field).to_be_enabled()
    # Other widgets still rerun during an answer: changing the mode cuts this one off.
    send(box, "Two")
    expect_answer_started(box, 4)
    expect(field).to_be_disabled()
    radio = app.main.get_by_test_id("stRadio").filter(has_text="submit_mode")
    click_now(radio.get_by_text("submit", exact=True))
    expect(box.get_by_text(INTERRUPTED)).to_be_visible()
    app.wait_until_idle()
    expect_cut_off(messages(box).nth(3), answer)
    expect(field).to_be_enabled()
    app.assert_clean()


def test_submit_mode_stop_ends_the_run_and_state_keeps_the_partial_answer(app):
    answer = constant("chat_submit_mode.py", "ANSWER")
    open_chat(app)
    open_tab(app, "submit_mode")
    choose_mode(app, "stop")
    box = demo(app, "chat_mode_prompt")
    send(box, "Stop me")
    expect_answer_started(box, 2)
    stop = box.get_by_test_id("stChatInputStopButton")
    expect(stop).to_be_visible()
    click_now(stop)
    expect(stop).to_have_count(0)
    app.wait_until_idle()
    expect(box.get_by_test_id("stChatInputTextArea")).to_be_enabled()
    shown = expect_cut_off(messages(box).nth(1), answer)
    # No rerun followed the stop: the page still shows the stream as it was, without the
    # mark, and the answer does not go on.
    expect(box.get_by_text(INTERRUPTED)).to_have_count(0)
    assert message_text(messages(box).nth(1)) == shown
    # The next run draws the state the stopped run left: the partial answer, marked.
    choose_mode(app, "submit")
    expect(box.get_by_text(INTERRUPTED)).to_be_visible()
    assert message_text(messages(box).nth(0)) == "Stop me"
    assert message_text(messages(box).nth(1)) == shown
    app.assert_clean()
