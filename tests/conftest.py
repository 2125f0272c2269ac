import pytest

from framelab import load_article


@pytest.fixture(scope="session")
def seed():
    """The AP report of 12 March 2001, as shipped in data/article/."""
    return load_article()
