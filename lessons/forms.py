from app.frame.lesson import how_it_works, lesson_header, pitfalls, prose, show_snippet

lesson = lesson_header(
    "forms",
    "## The basic form",
    "Type an email and press **Save profile**. The callback copies the draft key `email` into "
    "`saved_email`, which only changes on submit.",
)
show_snippet(lesson, "forms_profile.py")

prose(
    "## Validate on submit, keep what was typed",
    "Watch the run counter: typing in the form does not rerun the script. One submit sends "
    "every field at once and causes exactly one run. An empty or malformed email is refused "
    "with a message, and the form keeps the text so the user can fix it.",
)
show_snippet(lesson, "forms_validated.py")

how_it_works(
    """
1. Widgets inside `st.form` hold their changes in the browser. The script does not rerun and
   `st.session_state.contact_email` keeps its old value until the user submits.
2. On submit, all the form's values arrive together, the submit button's callback runs
   (`save_contact`), then the script reruns once.
3. `type="email"`, `required=True` and `validate=(rule, message)` make the browser refuse an
   empty or malformed address before it submits, with a message that follows what is typed.
   That check runs in the user's browser and can be bypassed, so the callback checks again on
   the server, with the same rule; that is the check you can rely on.
4. A refused submit writes `contact_error` and leaves the widgets alone, so the typed text stays.
""",
    "## Variant: clear the form after each submit",
    "`clear_on_submit=True` resets the form's widgets to their defaults after every submit: "
    'right for "add another" inputs. It clears refused input too: add the same note twice.',
)
show_snippet(lesson, "forms_clear_on_submit.py")

prose(
    "## Only the submit button may have a callback",
    "An `on_change` on a widget inside a form raises `StreamlitInvalidFormCallbackError` as "
    "soon as the widget is created. Put the logic in the submit button's `on_click`.",
)
show_snippet(lesson, "forms_callback_broken.py")

pitfalls(
    [
        "Reading `st.session_state.email` while the user is still typing in the form gives the "
        "last *submitted* value, not what is on screen.",
        "`st.write` and `st.markdown` render user text as Markdown; show user input with "
        "`st.text` (or `st.code`) when it must appear exactly as typed.",
        "With `clear_on_submit=True`, validate knowing that the fields are emptied even when "
        "you refuse the submit.",
        "Each form needs its own key and a `st.form_submit_button`; `st.button` is not "
        "allowed inside a form.",
    ]
)
