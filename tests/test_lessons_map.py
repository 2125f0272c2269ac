"""The lessons map (lessons/README.md) fits the school week it proposes: no day overflows its slot, Binder start-up
is budgeted, every lesson is marked core or optional, and the map's minutes are the plans' minutes."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAP = (ROOT / "lessons" / "README.md").read_text(encoding="utf-8")
SLOT = 50  # the longest class the map assumes ("five classes of 45–50 minutes")


def _rows() -> dict[str, dict]:
    rows = {}
    for line in MAP.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        match = re.match(r"\[(\d\d) [^\]]+\]\((\w+)/plan\.md\)", cells[0]) if cells else None
        if match:
            rows[match[1]] = {"folder": match[2], "minutes": int(cells[2]), "core": cells[3]}
    return rows


def _week() -> dict[str, str]:
    week = MAP.split("**One week", 1)[1].split("\n\n", 1)[0]
    days = {}
    for item in re.split(r"\n(?=\d\. )", week.split("\n", 1)[1]):
        day, text = item.split(":", 1)
        days[day[3:].strip()] = " ".join(text.split())
    return days


def test_every_lesson_is_marked_core_or_optional_and_matches_its_plan():
    rows = _rows()
    assert sorted(rows) == ["01", "02", "03", "04", "05", "06"]
    for number, row in rows.items():
        assert row["core"].split()[0] in ("core", "optional"), number
        plan = (ROOT / "lessons" / row["folder"] / "plan.md").read_text(encoding="utf-8")
        assert int(re.search(r"\| \*\*Time\*\* \| (\d+) minutes", plan)[1]) == row["minutes"], number
    assert [n for n, r in rows.items() if r["core"] == "core"] == ["01", "02", "03", "04", "05"]


def test_no_day_of_the_week_overflows_its_slot():
    days = _week()
    assert list(days)[:6] == ["Before Monday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    lessons = {n: r["minutes"] for n, r in _rows().items()}
    for day, text in days.items():
        minutes = sum(int(m) for m in re.findall(r"\((\d+) minutes\)", text))
        named = re.findall(r"lesson (\d\d)", text)
        assert minutes <= SLOT, f"{day}: {minutes} minutes in a {SLOT}-minute slot"
        for lesson in named:
            if "homework" not in text.split(f"lesson {lesson}")[0].lower()[-40:]:
                assert f"({lessons[lesson]} minutes)" in text, f"{day}: lesson {lesson} is not timed as in its plan"
    assert "00_start_here" in days["Before Monday"] and "lesson 01" not in days["Before Monday"]
    assert "00_start_here" not in days["Monday"]


def test_binder_start_up_is_budgeted_in_the_first_lesson():
    monday = _week()["Monday"]
    assert re.search(r"Binder start-up \((\d+) minutes\)", monday)
    assert int(re.search(r"Binder start-up \((\d+) minutes\)", monday)[1]) + 45 <= SLOT
    assert "budget **5 minutes** at the start of the first lesson" in MAP
