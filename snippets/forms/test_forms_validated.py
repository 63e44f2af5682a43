"""Test for forms_validated.py: put it beside this file, or one folder
up if this file is in tests/, and run pytest."""

from pathlib import Path

from streamlit.testing.v1 import AppTest

# The app under test: beside this file, one folder up (tests/) or
# where pytest runs. Change NAME if your copy has another name.
NAME = "forms_validated.py"
HERE = Path(__file__).parent
PLACES = (HERE / NAME, HERE.parent / NAME, Path.cwd() / NAME)
SNIPPET = str(next((p for p in PLACES if p.is_file()), PLACES[0]))


def submit(at, name, email):
    at.text_input(key="contact_name").input(name)
    at.text_input(key="contact_email").input(email)
    at.button[0].click().run()


def test_one_submit_sends_both_fields_in_one_run():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    runs = at.session_state["form_runs"]
    submit(at, "Ada", "ada@example.com")
    assert at.session_state["form_runs"] == runs + 1
    assert at.session_state["contact_saved"] == {
        "email": "ada@example.com",
        "name": "Ada",
    }
    assert [m.value for m in at.success] == ["Contact saved."]
    assert "Ada · ada@example.com" in [t.value for t in at.text]
    shown = f"Script runs in this session: {runs + 1}"
    assert shown in [c.value for c in at.caption]


def test_a_bad_email_is_refused_and_the_text_is_kept():
    at = AppTest.from_file(SNIPPET, default_timeout=30).run()
    hint = "That is not an email address, e.g. ada@example.com."
    for bad in (
        "ada",
        "ada@",
        "ada@example",
        "a b@example.com",
        "ada@@example.com",
    ):
        submit(at, "Ada", bad)
        assert [e.value for e in at.error] == [hint], bad
        assert at.session_state["contact_saved"] is None
        typed = at.text_input(key="contact_email").value
        assert typed == bad
        assert at.session_state["contact_email"] == bad
