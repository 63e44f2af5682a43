import streamlit as st

OPTION = "runner.enforceSerializableSessionState"

# Under AppTest, config is read once per process, from
# .streamlit/config.toml in the folder pytest was started from.
strict = st.get_option(OPTION)
st.write(f"`{OPTION}` is **{strict}** here.")
st.radio(
    "Units",
    ["metric", "imperial"],
    key="testing_units",
    horizontal=True,
)
