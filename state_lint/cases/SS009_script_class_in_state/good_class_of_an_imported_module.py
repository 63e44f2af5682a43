# A service module imported by the pages: its class is defined once per process, so an
# instance kept in session state stays an instance of the same class.
import streamlit as st


class ReportService:
    def __init__(self):
        self.cache = {}


def get_service():
    if "report_service" not in st.session_state:
        st.session_state["report_service"] = ReportService()
    return st.session_state["report_service"]
