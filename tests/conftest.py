import os
import signal
import socket
import subprocess

import pytest

from framelab import load_article


@pytest.fixture(scope="session")
def seed():
    """The AP report of 12 March 2001, as shipped in data/article/."""
    return load_article()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (for a JupyterLab the tests start)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_server(server: subprocess.Popen, log) -> None:
    """Stop a JupyterLab the tests started in its own process group (SIGTERM, then SIGKILL after 15 s); close its log."""
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
    log.close()
