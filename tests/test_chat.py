"""Chat lesson under AppTest: the history in `st.session_state.messages`, feedback, regenerate,
clear, the size cap, bad input, page switches, and each snippet's complete path.

AppTest runs every stream to its end, so interruption itself is proven in the browser suite
(tests/e2e/test_chat.py); here the state an interruption leaves behind is drawn from state.
"""

from __future__ import annotations

import ast

import pytest
from conftest import headings, lesson, links_to_lesson, open_lesson, reset_lesson
from streamlit.proto.ChatInput_pb2 import ChatInput
from streamlit.testing.v1 import AppTest

from app.catalog import lesson_by_slug
from app.catalog.search import search_lessons
from app.paths import snippet_path

CHAT_TAB, INTERRUPT_TAB, MODE_TAB, PAGES_TAB = range(4)


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
MAX_MESSAGES: int = constant("chat.py", "MAX_MESSAGES")


def expected_answer(prompt: str, answer_id: int) -> str:
    """What the snippet's deterministic responder says for this question and answer id."""
    return ANSWERS[(len(prompt) + answer_id) % len(ANSWERS)]


def ask(at: AppTest, prompt: str, key: str = "chat_prompt") -> AppTest:
    at.chat_input(key=key).set_value(prompt).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def messages(at: AppTest) -> list[dict]:
    return at.session_state["messages"]


def drawn(at: AppTest, tab: int = CHAT_TAB) -> list[tuple[str, str]]:
    """(role, text) of every chat message the learner sees in a tab: the user's text comes
    from st.text, the answer's from Markdown."""
    out = []
    for message in at.tabs[tab].chat_message:
        parts = [t.value for t in message.text] + [m.value for m in message.markdown]
        out.append((message.name, parts[0]))
    return out


def captions(at: AppTest, tab: int = CHAT_TAB) -> list[str]:
    return [c.value for c in at.tabs[tab].caption]


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
    assert drawn(at) == []
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
    at = ask(open_lesson("chat"), "What is session state?")
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
    at = ask(open_lesson("chat"), "Hello")
    assert at.chat_input(key="chat_prompt").value is None  # trigger: back to None after its run
    at.button(key="chat_naive_click").click().run()  # any other rerun
    assert len(messages(at)) == 2
    assert at.session_state["chat_next_id"] == 1


def test_the_history_is_drawn_from_state_on_every_run_including_an_interrupted_answer():
    # What an interrupted stream leaves in state (proven in the browser): the question and the
    # words shown so far, still marked interrupted. A rerun draws exactly that.
    at = open_lesson("chat")
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
    at = ask(open_lesson("chat"), text)
    user = at.tabs[CHAT_TAB].chat_message[0]
    assert [t.value for t in user.text] == [text]
    assert len(user.markdown) == 0


def test_a_blank_message_is_refused_with_a_warning_and_nothing_is_lost():
    at = ask(open_lesson("chat"), "First")
    before = [dict(m) for m in messages(at)]
    ask(at, "   ")
    assert [w.value for w in at.tabs[CHAT_TAB].warning] == [
        "Type a question first: blank messages are not sent."
    ]
    assert messages(at) == before
    assert at.session_state["chat_next_id"] == 1


def test_a_message_longer_than_max_chars_is_cut_by_streamlit():
    # The browser stops typing at 200 characters; a longer value sent anyway is cut server-side.
    at = ask(open_lesson("chat"), "x" * 500)
    assert at.chat_input(key="chat_prompt").proto.max_chars == 200
    assert messages(at)[0]["content"] == "x" * 200


# Feedback, regenerate, clear --------------------------------------------------------------


def test_feedback_is_keyed_per_answer_and_stored_with_it():
    at = ask(ask(open_lesson("chat"), "One"), "Two")
    assert [m.get("id") for m in messages(at)] == [None, 0, None, 1]
    at.feedback(key="chat_feedback_1").set_value(0).run()  # thumbs down on the second answer
    assert [m.get("feedback") for m in messages(at) if m["role"] == "assistant"] == [None, 0]
    at.feedback(key="chat_feedback_0").set_value(1).run()  # thumbs up on the first
    assert [m.get("feedback") for m in messages(at) if m["role"] == "assistant"] == [1, 0]
    at.feedback(key="chat_feedback_0").set_value(None).run()  # cleared again
    assert messages(at)[1]["feedback"] is None
    assert at.session_state["chat_feedback_1"] == 0


def test_regenerate_replaces_only_the_last_answer_with_a_new_one():
    at = ask(open_lesson("chat"), "Why?")
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
    at = ask(open_lesson("chat"), "Something")
    at.feedback(key="chat_feedback_0").set_value(1).run()
    button(at, "chat_clear").click().run()
    assert messages(at) == []
    assert drawn(at) == []
    # The answer's feedback widget was not drawn in that run, so Streamlit deleted its state.
    assert "chat_feedback_0" not in at.session_state
    assert button(at, "chat_regenerate").disabled
    ask(at, "Again")  # ids keep counting, so no old rating can come back
    assert messages(at)[1]["id"] == 1


# The size cap -------------------------------------------------------------------------------


def test_the_oldest_turns_are_dropped_past_the_cap_with_a_visible_note():
    at = open_lesson("chat")
    questions = [f"Question {n}" for n in range(1, MAX_MESSAGES // 2 + 2)]  # one turn too many
    for question in questions[:-1]:
        ask(at, question)
    assert len(messages(at)) == MAX_MESSAGES
    assert not at.tabs[CHAT_TAB].info  # nothing dropped yet
    at.feedback(key="chat_feedback_1").set_value(1).run()  # rate the answer to Question 2
    ask(at, questions[-1])
    assert len(messages(at)) == MAX_MESSAGES
    users = [m["content"] for m in messages(at) if m["role"] == "user"]
    assert users == questions[1:]  # Question 1 and its answer are gone
    assert at.session_state["chat_dropped"] == 2
    assert [i.value for i in at.tabs[CHAT_TAB].info] == [
        f"2 older messages were dropped: the chat keeps only the last {MAX_MESSAGES}."
    ]
    # Ids, not positions: the rating is still on Question 2's answer.
    assert messages(at)[1]["id"] == 1 and messages(at)[1]["feedback"] == 1
    assert at.feedback(key="chat_feedback_1").value == 1
    button(at, "chat_clear").click().run()
    assert at.session_state["chat_dropped"] == 0
    assert not at.tabs[CHAT_TAB].info


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
    assert drawn(at) == [("user", "Stay with me"), ("assistant", saved[1]["content"].strip())]
    # default= draws the stored rating on the new widget.
    assert at.feedback(key="chat_feedback_0").value == 1


def test_reset_this_lesson_deletes_the_history():
    at = ask(open_lesson("chat"), "Forget me")
    reset_lesson(at)
    assert messages(at) == []
    assert at.session_state["chat_next_id"] == 0


# The naive and the saved version (their complete path; interruption is in the browser) -----


@pytest.mark.parametrize(
    ("prompt_key", "history_key", "file"),
    [
        ("chat_naive_prompt", "chat_naive_messages", "chat_naive.py"),
        ("chat_saved_prompt", "chat_saved_messages", "chat_saved.py"),
    ],
)
def test_without_interruption_both_versions_keep_the_whole_turn(prompt_key, history_key, file):
    at = ask(open_lesson("chat"), "Hi", key=prompt_key)
    answer = constant(file, "ANSWER")
    history = at.session_state[history_key]
    assert [(m["role"], m["content"].strip()) for m in history] == [
        ("user", "Hi"),
        ("assistant", answer),
    ]
    assert history[1].get("interrupted", False) is False
    assert messages(at) == []  # each demo has its own history
    # st.write_stream draws text chunks as Markdown.
    assert drawn(at, INTERRUPT_TAB) == [("user", "Hi"), ("assistant", answer)]


# submit_mode --------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["submit", "disable", "stop"])
def test_submit_mode_reaches_the_widget_and_leaves_state_alone(mode):
    at = open_lesson("chat")
    at.radio(key="chat_mode").set_value(mode).run()
    sent = at.chat_input(key="chat_mode_prompt").proto.submit_mode
    assert ChatInput.SubmitMode.Name(sent) == f"SUBMIT_MODE_{mode.upper()}"
    ask(at, "Which mode?", key="chat_mode_prompt")
    answer = constant("chat_submit_mode.py", "ANSWER")
    # Whatever the mode, a completed question leaves the same state behind.
    assert at.session_state["chat_mode_messages"] == [
        {"role": "user", "content": "Which mode?"},
        {"role": "assistant", "content": answer + " ", "interrupted": False},
    ]
    assert at.session_state["chat_mode"] == mode


@pytest.mark.parametrize("query", ["chat", "stream", "history", "feedback", "submit_mode"])
def test_search_finds_the_lesson(query):
    assert "chat" in [found.slug for found in search_lessons(query)]
