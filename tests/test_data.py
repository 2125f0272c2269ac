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


def test_istanbul_pipeline_agreements_were_signed_on_18_november_1999():
    events = timeline()
    assert "1999-11-17" not in set(events["date"])
    istanbul = events[events["date"] == "1999-11-18"].iloc[0]
    assert "Istanbul" in istanbul["event"] and "18 November 1999" in istanbul["source"]
    pipeline = lookup(glossary(), "trans-Caspian pipeline").iloc[0]
    assert "Istanbul on 18 November 1999" in pipeline["definition"] and "17 November 1999" not in pipeline["definition"]
    assert "18 November 1999" in pipeline["source"]


def test_reports_on_arms_at_the_summit_are_given_both_ways():
    rows = timeline()[timeline()["date"] == "2001-03-12"]
    arms = rows[rows["event"].str.startswith("Reports differ on arms")].iloc[0]
    assert "no deals were signed" in arms["event"] and "formalising" in arms["event"]
    assert "Jamestown Foundation" in arms["source"] and "Chicago Tribune" in arms["source"]
    assert arms["confidence"] == "secondary"
    everything = " ".join(timeline()["event"]) + " ".join(glossary()["definition"])
    assert "no arms deal was signed" not in everything and "no arms contract is signed" not in everything
    treaty = lookup(glossary(), "Treaty on the Foundations").iloc[0]
    assert "reports differ" in treaty["definition"] and "eight pages" in treaty["source"]


def test_the_kremlin_is_a_fortified_complex_and_bushehr_figures_are_sourced():
    kremlin = lookup(glossary(), "the Kremlin").iloc[0]["definition"]
    assert "fortified complex" in kremlin and "building " not in kremlin.split("(")[0]
    bushehr = lookup(glossary(), "Bushehr").iloc[0]
    assert "$1.2 billion" in bushehr["definition"] and "$1.2 billion, reported by iran-times.com" in bushehr["source"]
    contract = timeline()[timeline()["date"] == "1995-01"].iloc[0]
    assert "$1.2 billion" in contract["event"] and "revision to about $1.2 billion" in contract["source"]
