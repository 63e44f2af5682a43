import streamlit as st

CITIES = ["Berlin", "Lisbon", "Oslo"]

# A shared link picks the first city: ...?city=Oslo
city = st.query_params.get("city", CITIES[0])
if city not in CITIES:
    city = CITIES[0]  # a link with a city we do not know


def remember_city() -> None:
    st.query_params["city"] = st.session_state.testing_city


st.selectbox(
    "City",
    CITIES,
    index=CITIES.index(city),
    key="testing_city",
    on_change=remember_city,
)
st.text(f"Share this view: ?city={st.session_state.testing_city}")
