import streamlit as st


@st.cache_data
def regions_data() -> list[str]:
    return ["APAC", "EMEA"]


@st.cache_resource
def regions_resource() -> list[str]:
    return ["APAC", "EMEA"]


def append_latam() -> None:
    # Changes this caller's copy, then it is thrown away.
    regions_data().append("LATAM")
    # Changes the one object every session shares.
    regions_resource().append("LATAM")


st.button(
    "Append LATAM to both results",
    on_click=append_latam,
    key="cache_append",
)
left, right = st.columns(2)
left.write(f"`st.cache_data` now returns `{regions_data()}`")
left.write(
    f"Same object on every call: {regions_data() is regions_data()}"
)
right.write(f"`st.cache_resource` now returns `{regions_resource()}`")
right.write(
    "Same object on every call: "
    f"{regions_resource() is regions_resource()}"
)
st.button(
    "Reset the shared list",
    on_click=regions_resource.clear,
    key="cache_reset_regions",
)
