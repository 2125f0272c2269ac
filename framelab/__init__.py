"""framelab: read one news report critically, with computation.

The analysis modules are pure (text and tables in, dataclasses and pandas tables out);
charts and widgets only present what the analyses return.
"""
from framelab.article import Article, load_article
from framelab.errors import FramelabError

__all__ = ["Article", "FramelabError", "load_article"]
__version__ = "0.1.0"
