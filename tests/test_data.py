"""The data folder: the article exactly as given, its metadata, and sourced context tables."""
import datetime
import hashlib

from framelab.article import seed_article_path, seed_checksum_matches
from framelab.context import glossary, lookup, timeline
from framelab.data import article_metadata


def test_article_is_byte_for_byte_the_recorded_version(seed):
    digest = hashlib.sha256(seed_article_path().read_bytes()).hexdigest()
    assert digest == article_metadata()["sha256"] == "8a6750ae2c02a1666d109ecab207968a5041a82ed047955043b35075075a896d"
    assert seed_checksum_matches(seed)


def test_metadata_matches_the_text(seed):
    meta = article_metadata()
    assert meta["headline"] == seed.headline
    assert meta["dateline"] == seed.dateline
    assert meta["date"] == "2001-03-12"
    # The report says "Monday": the recorded date must be one.
    assert datetime.date.fromisoformat(meta["date"]).strftime("%A") == "Monday"
    assert "pledged Monday" in seed.lede.text


def test_every_context_row_has_a_source():
    for table in (glossary(), timeline()):
        assert len(table) >= 12
        assert (table["source"].str.strip() != "").all()
        assert set(table["confidence"]) <= {"verified", "secondary", "definition"}


def test_timeline_is_in_date_order_with_the_key_dates():
    dates = list(timeline()["date"])
    assert dates == sorted(dates)
    events = dict(zip(timeline()["date"], timeline()["event"]))
    assert "aide-memoire" in events["1995-06-30"]
    assert "making public" in events["2000-11-22"].replace("makes public", "making public")
    assert "takes effect" in events["2000-12-01"]
    assert any("Treaty on the Foundations" in e for d, e in zip(timeline()["date"], timeline()["event"]) if d == "2001-03-12")


def test_first_visit_carries_its_qualifier():
    row = lookup(glossary(), "first visit").iloc[0]
    assert "first visit to Moscow by a sitting Iranian president since the 1979 revolution" in row["definition"]
    assert "Rafsanjani" in row["definition"] and "1989" in row["definition"]


def test_the_two_800_million_deals_are_kept_apart():
    bushehr = lookup(glossary(), "Bushehr").iloc[0]["definition"]
    s300 = lookup(glossary(), "S-300").iloc[0]["definition"]
    assert "$800 million" in bushehr and "1995" in bushehr
    assert "2007" in s300 and "different deal" in s300
    assert "S-300" not in bushehr
