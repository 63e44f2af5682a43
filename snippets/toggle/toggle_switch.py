import streamlit as st

# The toggle's key *is* the state: no flag to flip by hand, no button.
st.toggle("Show advanced settings", key="advanced_open")

if st.session_state.advanced_open:
    # persist_state="page" keeps each value while the section is
    # hidden, so closing and reopening it does not reset the
    # checkboxes (both need a key).
    st.checkbox(
        "Audit logging", key="audit_logging", persist_state="page"
    )
    st.checkbox(
        "Experimental prompt template",
        key="experimental_template",
        persist_state="page",
    )

audit = st.session_state.get("audit_logging", False)
experimental = st.session_state.get("experimental_template", False)
st.write(
    f"Audit logging: **{audit}** · "
    f"Experimental template: **{experimental}**"
)
