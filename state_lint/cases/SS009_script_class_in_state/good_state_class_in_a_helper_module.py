# Dashboard state kept in a helper module that pages import.
from dataclasses import dataclass, field

import streamlit as st


@dataclass
class DashboardState:
    filters: dict = field(default_factory=dict)


def dashboard_state():
    return st.session_state.setdefault("dashboard", DashboardState())
