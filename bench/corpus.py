"""A synthetic corpus for benchmarks: the seed's paragraphs shuffled and recombined into new articles.

Deterministic (fixed random seed), so every run measures the same texts."""
import random

from framelab import load_article


def synthetic_articles(count: int = 1000, seed: int = 2001) -> list[str]:
    article = load_article()
    paragraphs = [p.text for p in article.paragraphs]
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        body = rng.sample(paragraphs, k=rng.randint(6, len(paragraphs)))
        texts.append(article.headline + "\n\n" + "\n\n".join(body))
    return texts
