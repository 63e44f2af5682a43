"""Values that questions of more than one section expect a run to read."""

ALREADY_THERE = "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
