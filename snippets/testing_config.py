import streamlit as st

OPTION = "runner.enforceSerializableSessionState"

# Read once per process, from .streamlit/config.toml in the folder
# that `streamlit run` (or pytest, for AppTest) was started from.
strict = st.get_option(OPTION)
st.write(f"`{OPTION}` is **{strict}** here.")
st.radio(
    "Units",
    ["metric", "imperial"],
    key="testing_units",
    horizontal=True,
)
