"""Predict, then run: questions as data, the AppTest driver, its worker process and the block."""
