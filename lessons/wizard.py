import streamlit as st  # TEMP
