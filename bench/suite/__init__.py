"""The measurements `python -m bench` runs and records in docs/BENCHMARKS.md, each with a
`run()`; durable.py is recorded there too but runs alone (`python -m bench.suite.durable`)."""
