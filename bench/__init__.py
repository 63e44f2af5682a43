"""Performance measurements of the app, not part of the test suite (docs/BENCHMARKS.md).

suite/ holds what `python -m bench` runs (and the durable store's own run), probes/ the one-off
profilers that explain a row of it, and lib/ what both share; all of them use ops/ and app/.
"""
