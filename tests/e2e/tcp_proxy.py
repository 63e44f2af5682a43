"""A tiny loopback TCP proxy the browser tests put between Chromium and Streamlit servers.

It lets a test do to a live connection what a network or a load balancer does: `cut()` closes
every open connection at once (a dropped WebSocket; the browser reconnects through the same
address), `blocked()` refuses new connections for a while (a longer outage), and
`retarget(port)` sends the next connections to another server (a second replica behind the
same address, without sticky sessions).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ops.streamlit_server import free_port


class TcpProxy:
    """Listens on 127.0.0.1:`port` and forwards each connection to 127.0.0.1:`target_port`."""

    def __init__(self, target_port: int) -> None:
        self.port = free_port()
        self.target_port = target_port
        self.accepted = 0
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._listener.settimeout(0.2)
        self._running = True
        self._blocked = False
        self._thread = threading.Thread(target=self._serve, name="tcp-proxy", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> TcpProxy:
        self._thread.start()
        return self

    def open_connections(self) -> int:
        with self._lock:
            return len(self._open) // 2

    def cut(self) -> int:
        """Close every open connection in both directions, as a dropped network would.
        Returns how many client connections were cut."""
        with self._lock:
            sockets = list(self._open)
            self._open.clear()
        for sock in sockets:
            _close(sock)
        return len(sockets) // 2

    @contextmanager
    def blocked(self) -> Iterator[None]:
        """Cut every connection and refuse new ones until the block ends."""
        self._blocked = True
        try:
            self.cut()
            yield
        finally:
            self._blocked = False

    def retarget(self, target_port: int) -> None:
        """New connections go to another server from now on (open ones are left alone)."""
        self.target_port = target_port

    def stop(self) -> None:
        self._running = False
        self._thread.join(timeout=5)
        self._listener.close()
        self.cut()

    def _serve(self) -> None:
        while self._running:
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._blocked:
                _close(client)
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                _close(client)  # nothing listens there (a server restarting): refuse
                continue
            upstream.settimeout(None)
            with self._lock:
                self.accepted += 1
                self._open |= {client, upstream}
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass  # the other direction (or cut()) closed the pair: nothing left to forward
        with self._lock:
            self._open -= {source, sink}
        _close(source)
        _close(sink)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already disconnected
    sock.close()


@contextmanager
def tcp_proxy(target_port: int) -> Iterator[TcpProxy]:
    proxy = TcpProxy(target_port).start()
    try:
        yield proxy
    finally:
        proxy.stop()
