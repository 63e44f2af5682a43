"""One-off profilers that explain a row of the suite, each run as `python -m bench.probes.<name>`
and printing its findings; their readings are quoted in docs/BENCHMARKS.md."""
