"""Chat lesson under AppTest: the page's parts, links, page switches and reset, and (on the chat
snippet alone) the history in `st.session_state.messages`, feedback, regenerate, clear and bad
input. The size cap, blank input and submit_mode are proven by the snippets' own tests.

AppTest runs every stream to its end, so interruption itself is proven in the browser suite
(tests/e2e/test_chat.py); here the state an interruption leaves behind is drawn from state.
"""

from __future__ import annotations

import ast

import pytest
from conftest import headings, lesson, links_to_lesson, open_lesson, open_snippet, reset_lesson
from streamlit.testing.v1 import AppTest

from app.catalog import lesson_by_slug
from app.catalog.search import search_lessons
from app.paths import snippet_path

CHAT_TAB, INTERRUPT_TAB = 0, 1  # the first two of the page's four tabs


def constant(file: str, name: str):
    """A module-level constant of a snippet, read from its source (no import, no Streamlit)."""
    tree = ast.parse(snippet_path(file).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise KeyError(f"{name} not in {file}")


ANSWERS: tuple[str, ...] = constant("chat.py", "ANSWERS")


# The snippets' pauses between streamed words, cut for every test here (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("no_word_delay")


def open_chat() -> AppTest:
    """The chat snippet alone: what it does with its history, the page adds nothing to."""
    return open_snippet("chat.py").run()


def expected_answer(prompt: str, answer_id: int) -> str:
    """What the snippet's deterministic responder says for this question and answer id."""
    return ANSWERS[(len(prompt) + answer_id) % len(ANSWERS)]


def ask(at: AppTest, prompt: str, key: str = "chat_prompt") -> AppTest:
    at.chat_input(key=key).set_value(prompt).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def messages(at: AppTest) -> list[dict]:
    return at.session_state["messages"]


def drawn(at: AppTest, tab: int | None = None) -> list[tuple[str, str]]:
    """(role, text) of every chat message the learner sees in a tab of the page (or in the
    snippet alone, with no tab): the user's text comes from st.text, the answer's from Markdown."""
    out = []
    for message in (at.main if tab is None else at.tabs[tab]).chat_message:
        parts = [t.value for t in message.text] + [m.value for m in message.markdown]
        out.append((message.name, parts[0]))
    return out


def captions(at: AppTest) -> list[str]:
    return [c.value for c in at.main.caption]


def button(at: AppTest, key: str):
    return at.button(key=key)


# The page ----------------------------------------------------------------------------------


def test_page_has_the_four_parts_and_one_empty_chat_input_per_demo():
    at = open_lesson("chat")
    assert headings(at.main, level=1)[0] == "Chat history"
    assert "Needs Streamlit 1.59 or newer." in at.main.markdown[0].value
    # The page's parts (the broken/fixed pair inside one part has tabs of its own).
    parts = [t.label for t in at.tabs if t.label not in ("Broken", "Fixed")]
    assert parts == [
        "The chat",
        "Interrupted answers",
        "submit_mode",
        "Pages and reloads",
    ]
    keys = [
        "chat_small_prompt",
        "chat_prompt",
        "chat_naive_prompt",
        "chat_saved_prompt",
        "chat_mode_prompt",
    ]
    assert [c.key for c in at.chat_input] == keys
    assert {c.placeholder for c in at.chat_input} == {"Ask something"}
    assert messages(at) == []
    assert drawn(at, CHAT_TAB) == []
    assert button(at, "chat_regenerate").disabled  # nothing to regenerate yet
    assert not button(at, "chat_clear").disabled


def test_pages_tab_links_to_a_page_switch_and_to_durable_state_or_reload():
    at = open_lesson("chat")
    assert links_to_lesson(at, "multipage")
    # The durable-state lesson once it exists; until then, the reload lesson.
    durable = "durable-state" if lesson_by_slug("durable-state") else "reload"
    assert links_to_lesson(at, durable)


# Asking --------------------------------------------------------------------------------------


def test_a_question_and_its_streamed_answer_are_saved_as_role_content_dicts():
    at = ask(open_chat(), "What is session state?")
    answer = expected_answer("What is session state?", 0)
    assert messages(at) == [
        {"role": "user", "content": "What is session state?"},
        {
            "role": "assistant",
            "content": answer + " ",  # the stream's words, each followed by a space
            "id": 0,
            "feedback": None,
            "interrupted": False,
        },
    ]
    assert drawn(at) == [("user", "What is session state?"), ("assistant", answer)]
    assert "Interrupted: the answer stopped here." not in captions(at)
    assert at.session_state["chat_next_id"] == 1
    assert not button(at, "chat_regenerate").disabled


def test_chat_input_returns_the_text_once_so_a_rerun_does_not_ask_again():
    at = ask(open_chat(), "Hello")
    assert at.chat_input(key="chat_prompt").value is None  # trigger: back to None after its run
    at.run()  # another rerun, as any other widget would cause
    assert len(messages(at)) == 2
    assert at.session_state["chat_next_id"] == 1


def test_the_history_is_drawn_from_state_on_every_run_including_an_interrupted_answer():
    # What an interrupted stream leaves in state (proven in the browser): the question and the
    # words shown so far, still marked interrupted. A rerun draws exactly that.
    at = open_chat()
    at.session_state["messages"] = [
        {"role": "user", "content": "Tell me more"},
        {
            "role": "assistant",
            "content": "Every click reruns ",
            "id": 7,
            "feedback": None,
            "interrupted": True,
        },
    ]
    at.run()
    assert drawn(at) == [("user", "Tell me more"), ("assistant", "Every click reruns")]
    assert "Interrupted: the answer stopped here." in captions(at)
    assert at.feedback(key="chat_feedback_7").value is None
    assert len(messages(at)) == 2  # the last message is an answer: nothing is asked again


def test_user_text_is_shown_as_plain_text_not_markdown():
    text = "**bold** <b>tag</b> [link](https://example.com)"
    at = ask(open_chat(), text)
    user = at.main.chat_message[0]
    assert [t.value for t in user.text] == [text]
    assert len(user.markdown) == 0


def test_a_message_longer_than_max_chars_is_cut_by_streamlit():
    # The browser stops typing at 200 characters; a longer value sent anyway is cut server-side.
    at = ask(open_chat(), "x" * 500)
    assert at.chat_input(key="chat_prompt").proto.max_chars == 200
    assert messages(at)[0]["content"] == "x" * 200


# Feedback, regenerate, clear --------------------------------------------------------------


def test_feedback_is_keyed_per_answer_and_stored_with_it():
    at = ask(ask(open_chat(), "One"), "Two")
    assert [m.get("id") for m in messages(at)] == [None, 0, None, 1]
    at.feedback(key="chat_feedback_1").set_value(0).run()  # thumbs down on the second answer
    assert [m.get("feedback") for m in messages(at) if m["role"] == "assistant"] == [None, 0]
    at.feedback(key="chat_feedback_0").set_value(1).run()  # thumbs up on the first
    assert [m.get("feedback") for m in messages(at) if m["role"] == "assistant"] == [1, 0]
    at.feedback(key="chat_feedback_0").set_value(None).run()  # cleared again
    assert messages(at)[1]["feedback"] is None
    assert at.session_state["chat_feedback_1"] == 0


def test_regenerate_replaces_only_the_last_answer_with_a_new_one():
    at = ask(open_chat(), "Why?")
    at.feedback(key="chat_feedback_0").set_value(1).run()
    first = messages(at)[1]
    button(at, "chat_regenerate").click().run()
    assert not at.exception
    assert len(messages(at)) == 2
    assert messages(at)[0] == {"role": "user", "content": "Why?"}
    new = messages(at)[1]
    assert new["id"] == 1 and new["feedback"] is None and new["interrupted"] is False
    assert new["content"].strip() == expected_answer("Why?", 1) != first["content"].strip()
    assert drawn(at)[1] == ("assistant", expected_answer("Why?", 1))


def test_clear_conversation_empties_the_history_and_its_widgets():
    at = ask(open_chat(), "Something")
    at.feedback(key="chat_feedback_0").set_value(1).run()
    button(at, "chat_clear").click().run()
    assert messages(at) == []
    assert drawn(at) == []
    # The answer's feedback widget was not drawn in that run, so Streamlit deleted its state.
    assert "chat_feedback_0" not in at.session_state
    assert button(at, "chat_regenerate").disabled
    ask(at, "Again")  # ids keep counting, so no old rating can come back
    assert messages(at)[1]["id"] == 1


# Page switches ------------------------------------------------------------------------------


def test_history_survives_a_page_switch_and_the_rating_is_drawn_again():
    at = ask(open_lesson("chat"), "Stay with me")
    at.feedback(key="chat_feedback_0").set_value(1).run()
    saved = [dict(m) for m in messages(at)]

    at.switch_page(lesson("multipage").page).run()
    assert headings(at.main, level=1)[0] == lesson("multipage").title
    assert messages(at) == saved  # a plain key: nothing deletes it
    # The feedback widget and the chat input were not drawn on that page: Streamlit deleted
    # their state.
    assert "chat_feedback_0" not in at.session_state
    assert "chat_prompt" not in at.session_state

    at.switch_page(lesson("chat").page).run()
    assert not at.exception
    assert messages(at) == saved
    assert drawn(at, CHAT_TAB) == [
        ("user", "Stay with me"),
        ("assistant", saved[1]["content"].strip()),
    ]
    # default= draws the stored rating on the new widget.
    assert at.feedback(key="chat_feedback_0").value == 1


def test_reset_this_lesson_deletes_the_history():
    at = ask(open_lesson("chat"), "Forget me")
    reset_lesson(at)
    assert messages(at) == []
    assert at.session_state["chat_next_id"] == 0


# The demos on one page ----------------------------------------------------------------------


def test_each_demo_on_the_page_keeps_its_own_history():
    # Each snippet's complete turn is its own test's; the page runs four chats side by side,
    # and none writes another's history. (Interruption is in the browser.)
    at = open_lesson("chat")
    ask(at, "Hi", key="chat_naive_prompt")
    ask(at, "Hello", key="chat_saved_prompt")
    ask(at, "Which mode?", key="chat_mode_prompt")
    naive, saved = constant("chat_naive.py", "ANSWER"), constant("chat_saved.py", "ANSWER")
    assert [(m["role"], m["content"].strip()) for m in at.session_state["chat_naive_messages"]] == [
        ("user", "Hi"),
        ("assistant", naive),
    ]
    assert [(m["role"], m["content"].strip()) for m in at.session_state["chat_saved_messages"]] == [
        ("user", "Hello"),
        ("assistant", saved),
    ]
    assert at.session_state["chat_mode_messages"] == [
        {"role": "user", "content": "Which mode?"},
        {
            "role": "assistant",
            "content": constant("chat_submit_mode.py", "ANSWER") + " ",
            "interrupted": False,
        },
    ]
    assert messages(at) == []
    # st.write_stream draws text chunks as Markdown; the saved demo's reply is not interrupted.
    assert drawn(at, INTERRUPT_TAB) == [
        ("user", "Hi"),
        ("assistant", naive),
        ("user", "Hello"),
        ("assistant", saved),
    ]
    assert at.session_state["chat_saved_messages"][1]["interrupted"] is False


@pytest.mark.parametrize("query", ["chat", "stream", "history", "feedback", "submit_mode"])
def test_search_finds_the_lesson(query):
    assert "chat" in [found.slug for found in search_lessons(query)]
