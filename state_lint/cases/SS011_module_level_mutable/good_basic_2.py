import streamlit as st

REGIONS = ["EU", "US"]
REGIONS.append("APAC")  # at module level: runs once per run, per user


def pick(regions):
    regions = list(regions)
    regions.append("LATAM")
    return regions


st.selectbox("Region", pick(REGIONS), key="region")
