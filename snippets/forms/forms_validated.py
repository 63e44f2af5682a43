import re

import streamlit as st

# Good enough to catch typos; the only real check is sending the user
# a confirmation mail. The browser and the server use the same rule.
EMAIL_RULE = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
EMAIL_HINT = "That is not an email address, e.g. ada@example.com."

st.session_state.setdefault("form_runs", 0)
st.session_state.form_runs += 1  # counts every run of this script
st.session_state.setdefault("contact_saved", None)
st.session_state.setdefault("contact_error", "")


def save_contact() -> None:
    # Runs on submit, before the rerun. The browser's checks can be
    # bypassed, so the server checks again.
    email = st.session_state.contact_email.strip()
    name = st.session_state.contact_name.strip()
    if not email:
        st.session_state.contact_error = "Enter an email address."
    elif not re.fullmatch(EMAIL_RULE, email):
        st.session_state.contact_error = EMAIL_HINT
    else:
        st.session_state.contact_error = ""
        st.session_state.contact_saved = {
            "email": email,
            "name": name or "(no name)",
        }


with st.form("contact_form"):
    st.text_input("Display name", key="contact_name")
    # The browser refuses an empty or malformed address before the
    # submit, with its own message that follows what is typed.
    st.text_input(
        "Work email",
        key="contact_email",
        type="email",
        required=True,
        validate=(EMAIL_RULE, EMAIL_HINT),
    )
    st.form_submit_button(
        "Save contact", on_click=save_contact, type="primary"
    )

if st.session_state.contact_error:
    # The form is not cleared, so what the user typed is still there
    # to fix.
    st.error(st.session_state.contact_error)
elif st.session_state.contact_saved:
    saved = st.session_state.contact_saved
    st.success("Contact saved.")
    # st.text: user input is never Markdown.
    st.text(f"{saved['name']} · {saved['email']}")
st.caption(
    f"Script runs in this session: {st.session_state.form_runs}"
)
