# runs clean: init_session_state() by bare name is the module's function, which sets
# user_type; the method of the same name is reached only through an object
import streamlit as st


class ChatStore:
    def init_session_state(self) -> None:
        st.session_state.setdefault("messages", [])


def init_session_state() -> None:
    if "user_type" not in st.session_state:
        st.session_state.user_type = "operator"


init_session_state()
if st.session_state.user_type == "operator":
    st.write("Operator mode")
