import socket

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
