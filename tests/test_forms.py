"""Forms: values arrive only on submit, validation keeps the input, clear_on_submit, callbacks."""

from __future__ import annotations

from conftest import click, exception_type, open_lesson, open_snippet
from streamlit.testing.v1 import AppTest

from app.paths import snippet_path


def validated() -> AppTest:
    """The validated contact form alone: what it does needs no lesson page around it."""
    at = open_snippet("forms_validated.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def submit(at, label):
    click(at, label)


def errors(at):
    """Error messages of the demos (not the broken snippet's error frame)."""
    return [e.value for e in at.main.error if "raised by" not in e.value]


def shown_text(at):
    return [t.value for t in at.main.text]


def runs(at):
    return at.session_state["form_runs"]


def test_outside_a_form_each_field_is_its_own_run():
    # The contrast the counter shows: without a form, each committed field reruns the script.
    at = AppTest.from_string(
        """
import streamlit as st
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.text_input("Name", key="name")
st.text_input("Email", key="mail")
"""
    ).run()
    at.text_input(key="name").input("Ada").run()
    assert at.session_state["name"] == "Ada"
    at.text_input(key="mail").input("ada@example.com").run()
    assert at.session_state["runs"] == 3


def test_empty_email_is_refused_with_a_message():
    at = validated()
    at.text_input(key="contact_name").input("Ada")
    submit(at, "Save contact")
    assert errors(at) == ["Enter an email address."]
    assert at.session_state["contact_saved"] is None
    assert at.text_input(key="contact_name").value == "Ada"


def test_fixing_the_email_after_a_refusal_saves_it_and_clears_the_error():
    at = validated()
    at.text_input(key="contact_email").input("ada@example")
    submit(at, "Save contact")
    assert errors(at)
    at.text_input(key="contact_email").input(" ada@example.com ")
    submit(at, "Save contact")
    assert errors(at) == []
    assert at.session_state["contact_saved"] == {"email": "ada@example.com", "name": "(no name)"}


def test_html_in_the_name_is_shown_as_plain_text():
    at = validated()
    at.text_input(key="contact_name").input("<script>alert(1)</script>")
    at.text_input(key="contact_email").input("x@example.com")
    submit(at, "Save contact")
    assert "<script>alert(1)</script> · x@example.com" in shown_text(at)
    assert not any("<script>" in m.value for m in at.main.markdown)


def test_email_input_is_the_email_type():
    at = validated()
    assert (
        at.text_input(key="contact_email").proto.type
        == at.text_input(key="contact_email").proto.EMAIL
    )


def test_without_clear_on_submit_the_submitted_text_stays_in_the_form():
    at = validated()
    at.text_input(key="contact_email").input("ada@example.com")
    submit(at, "Save contact")
    submit(at, "Save contact")
    assert at.text_input(key="contact_email").value == "ada@example.com"
    assert at.session_state["contact_saved"]["email"] == "ada@example.com"


def test_clear_on_submit_clears_a_refused_note_too():
    at = open_snippet("forms_clear_on_submit.py").run()
    at.text_input(key="note_text").input("Buy milk")
    at.button[0].click().run()
    at.text_input(key="note_text").input("Buy milk")
    at.button[0].click().run()
    assert [e.value for e in at.error] == ["Not added: that note was on the list already."]
    assert at.session_state["notes"] == ["Buy milk"]
    at.button[0].click().run()  # the refused text was cleared as well
    assert [e.value for e in at.error] == ["Not added: the note was empty."]


def test_callback_on_a_non_submit_widget_in_a_form_raises():
    at = open_snippet("forms_callback_broken.py").run()
    assert exception_type(at) == "streamlit.errors.StreamlitInvalidFormCallbackError"


def test_page_shows_the_form_callback_error_inside_its_frame():
    at = open_lesson("forms")
    assert not at.exception
    assert any(
        "StreamlitInvalidFormCallbackError" in e.value and "forms_callback_broken.py" in e.value
        for e in at.main.error
    )


def test_st_button_inside_a_form_is_refused():
    at = AppTest.from_string(
        """
import streamlit as st
with st.form("f"):
    st.text_input("x")
    st.button("Go")
    st.form_submit_button("Submit")
"""
    ).run()
    assert exception_type(at) == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert "st.form_submit_button()" in at.exception[0].value


def test_two_forms_with_the_same_key_are_refused():
    at = AppTest.from_string(
        """
import streamlit as st
for _ in range(2):
    with st.form("same"):
        st.form_submit_button("Submit")
"""
    ).run()
    assert at.exception
    assert "same" in at.exception[0].value


def test_write_renders_markdown_and_text_does_not():
    at = AppTest.from_string(
        'import streamlit as st\nst.write("**bold**")\nst.text("**bold**")\n'
    ).run()
    assert [m.value for m in at.markdown] == ["**bold**"]  # a Markdown element
    assert [t.value for t in at.text] == ["**bold**"]  # a plain-text element


def test_a_form_without_a_submit_button_never_sends_its_values():
    at = AppTest.from_string(
        """
import streamlit as st
with st.form("no_submit"):
    st.text_input("Draft", key="draft")
"""
    ).run()
    at.text_input(key="draft").input("typed").run()
    at.run()
    assert at.session_state["draft"] == ""


def test_the_browser_checks_the_email_with_the_servers_rule():
    # Empty and malformed addresses are refused in the browser, by the same rule and message
    # as the server's check: a message from the server can only follow a submit that skipped
    # the browser, and what the browser shows follows what is typed.
    import re

    at = validated()
    proto = at.text_input(key="contact_email").proto
    assert proto.required
    source = snippet_path("forms_validated.py").read_text(encoding="utf-8")
    rule = re.search(r'^EMAIL_RULE = r"(.+)"$', source, re.MULTILINE)[1]
    hint = re.search(r'^EMAIL_HINT = "(.+)"$', source, re.MULTILINE)[1]
    assert (proto.validate_regex, proto.validate_message) == (rule, hint)


def test_notes_are_capped_in_count_and_length_with_a_message():
    at = open_snippet("forms_clear_on_submit.py").run()
    assert at.text_input(key="note_text").proto.max_chars == 200
    assert "Up to 20 notes of 200 characters." in [c.value for c in at.caption]
    at.text_input(key="note_text").set_value("x" * 201)  # a client that skips max_chars
    at.button[0].click().run()
    assert at.session_state["notes"] == ["x" * 200]  # Streamlit cut it on the server
    for number in range(19):
        at.text_input(key="note_text").input(f"note {number}")
        at.button[0].click().run()
    assert len(at.session_state["notes"]) == 20 and not at.error
    at.text_input(key="note_text").input("one more")
    at.button[0].click().run()
    assert [e.value for e in at.error] == ["Not added: the list is full (20 notes)."]
    assert len(at.session_state["notes"]) == 20


def test_a_refused_note_message_goes_with_the_next_good_note():
    at = open_snippet("forms_clear_on_submit.py").run()
    for text in ("Buy milk", "Buy milk"):
        at.text_input(key="note_text").input(text)
        at.button[0].click().run()
    assert at.error
    at.text_input(key="note_text").input("Buy bread")
    at.button[0].click().run()
    assert not at.error
