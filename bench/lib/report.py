"""The benchmark's report: the machine it ran on and the Markdown table of result rows, shared
by `python -m bench` and the runners that write their own tables."""

from __future__ import annotations

import os
import platform
from pathlib import Path

from bench.lib.common import Section

COLUMNS = ("Measurement", "Subject", "Frame", "Bare", "Ratio", "Target", "Status", "Note")


def machine() -> dict[str, object]:
    import streamlit

    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_gb = None
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total_kb = int(meminfo.read_text().split()[1])
        mem_gb = round(total_kb / 1024 / 1024, 1)
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": mem_gb,
        "os": platform.platform(),
        "python": platform.python_version(),
        "streamlit": streamlit.__version__,
        "load_average_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def fmt_ratio(ratio: float | None) -> str:
    return "-" if ratio is None or ratio != ratio else f"{ratio:.2f}x"


def table(sections: list[Section]) -> str:
    rows = [
        (r.measurement, r.subject, r.frame, r.bare, fmt_ratio(r.ratio), r.target, r.status, r.note)
        for section in sections
        for r in section.rows
    ]
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def machine_line(info: dict[str, object]) -> str:
    load = info.get("load_average_at_start")
    load_text = f", load average {load[0]:.1f} at start" if isinstance(load, tuple | list) else ""
    return (
        f"{info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB RAM, {info['os']}, "
        f"Python {info['python']}, Streamlit {info['streamlit']}{load_text}"
    )
