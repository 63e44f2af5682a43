# A script whose code runs in main(): its lists are rebuilt on every run and used in it.
import streamlit as st

queue_times = []


def simulate(n):
    for i in range(n):
        queue_times.append(i * 1.5)


def main():
    simulate(st.number_input("Guests", 1, 100, 10))
    st.line_chart(queue_times)


if __name__ == "__main__":
    main()
