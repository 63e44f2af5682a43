"""free_port() hands a port to one server only: the kernel offers a just-closed port again."""

from __future__ import annotations

from ops.streamlit_server import free_port


def test_free_port_never_hands_out_a_port_twice():
    ports = [free_port() for _ in range(2000)]
    assert len(set(ports)) == len(ports)
