"""The evidence log against the collection rules (calc/evidence.py, rules.md §5).

Expected values come from the rules as rules.md states them: 2026 指引 / GB/T
45251 — no collection 22:00–08:00 (22:00 is night, 08:00 is not); 2026 指引 —
more than 6 attempts to one person in one calendar day; third party = anyone but
the borrower; one rule per observed tag. Timelines are crafted by hand; the seed
example is resources/examples/seed-meituan.json (mother called, once at night).
"""

from __future__ import annotations

import json
from datetime import datetime, time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.resources import resource_path
from app.rules_data import load_rules
from calc.errors import CalcError
from calc.evidence import Person, check_evidence, in_window, person_of
from calc.model import Channel, EvidenceEntry, EvidenceTag, Target
from calc.plan import decode_plan
from calc.rules import CONDUCT_RULES, build_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules().collection
MOTHER = {"target": Target.FAMILY, "target_name": "母亲"}
FATHER = {"target": Target.FAMILY, "target_name": "父亲"}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def call(when: str, attempts: int = 1, **kw) -> EvidenceEntry:
    return EvidenceEntry(at(when), attempts=attempts, **kw)


def keys(entries: list[EvidenceEntry], rules=RULES) -> list[str]:
    return [v.key for v in check_evidence(entries, rules).violations]


def only(entries: list[EvidenceEntry], key: str):
    found = [v for v in check_evidence(entries, RULES).violations if v.key == key]
    return found


# --- the rules data ----------------------------------------------------------


def test_the_data_carries_every_rule_with_its_parameters():
    assert tuple(RULES) == CONDUCT_RULES
    assert (RULES["night"].start, RULES["night"].end) == (time(22), time(8))
    assert RULES["frequency"].max_per_day == 6
    for rule in RULES.values():
        assert rule.confidence in ("high", "medium", "low")
        assert rule.sources and rule.wording == rule.key
        for s in rule.sources:
            assert s.zh and s.en and s.confidence in ("high", "medium", "low")


def test_sources_cite_the_articles_rules_md_gives():
    def cited(key: str) -> set[tuple[str, str]]:
        return {(s.zh, s.article_zh) for s in RULES[key].sources}

    assert ("《商业银行信用卡业务监督管理办法》", "第六十八条") in cited("third_party")
    assert ("《中华人民共和国个人信息保护法》", "第十三条") in cited("third_party")
    assert ("《中华人民共和国民法典》人格权编", "第一千零三十三条第（一）项") in cited("night")
    assert ("《中华人民共和国个人信息保护法》", "第二十五条") in cited("public_shaming")
    guideline = next(s for s in RULES["night"].sources if "催收工作指引" in s.zh)
    # 🟡 in rules.md §5.1: no article numbers, dated 2026-01-30, a media URL
    assert (guideline.article_zh, guideline.date, guideline.confidence) == (
        "", "2026-01-30", "medium")
    assert guideline.url.startswith("https://")


def test_a_rule_is_no_stronger_than_rules_md_marks_it():
    # the 22:00–08:00 window, the 6-attempt limit and the third-party limits come from
    # 🟡 sources (2026 指引, GB/T 45251, 信用卡办法 68); only PIPL art. 25 (✅) states the
    # public-disclosure rule itself
    assert {k for k, r in RULES.items() if r.confidence == "high"} == {"public_shaming"}
    high = {s.zh for r in RULES.values() for s in r.sources if s.confidence == "high"}
    assert high == {"《中华人民共和国个人信息保护法》", "《中华人民共和国民法典》人格权编"}


def test_no_three_a_day_rule_anywhere_in_the_data():
    # rules.md §8: "no more than 3 calls a day to a third party" has no source
    text = json.dumps(json.loads((resource_path("rules") / "rules.json").read_text("utf-8"))
                      ["collection"]["rules"], ensure_ascii=False)
    assert "3次" not in text and "3 calls" not in text and "三次" not in text


def _data(**rule_changes):
    data = json.loads((resource_path("rules") / "rules.json").read_text("utf-8"))
    data["collection"]["rules"]["night"].update(rule_changes)
    return data


@pytest.mark.parametrize("change", [{"confidence": "certain"}, {"sources": []},
                                    {"start": "late"}, {"channels": ["fax"]}])
def test_broken_collection_data_is_refused(change):
    with pytest.raises(CalcError) as exc:
        build_rules(_data(**change), "date,lpr_1y,lpr_5y,confirmed\n")
    assert exc.value.code == "rules.invalid"


def test_unknown_rule_key_is_refused():
    data = _data()
    data["collection"]["rules"]["three_calls_to_family"] = data["collection"]["rules"]["night"]
    with pytest.raises(CalcError):
        build_rules(data, "date,lpr_1y,lpr_5y,confirmed\n")


def test_rules_without_a_collection_section_still_build():
    data = _data()
    del data["collection"]
    assert build_rules(data, "date,lpr_1y,lpr_5y,confirmed\n").collection == {}


# --- night -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clock", "night"),
    [("21:59", False), ("21:59:59", False), ("22:00", True), ("23:59", True), ("00:00", True),
     ("07:59", True), ("07:59:59", True), ("08:00", False), ("12:00", False)],
)
def test_night_boundaries(clock, night):
    entries = [call(f"2026-11-20T{clock}")]
    assert ("night" in keys(entries)) is night
    assert check_evidence(entries, RULES).summary.night_contacts == (1 if night else 0)


def test_in_window_without_wrapping():
    assert in_window(time(9), time(9), time(17)) and not in_window(time(17), time(9), time(17))


def test_night_counts_attempts_and_lists_entries_chronologically():
    entries = [call("2026-11-21T23:10", 2), call("2026-11-20T12:00"), call("2026-11-20T06:30")]
    (v,) = only(entries, "night")
    assert v.entries == (2, 0) and v.attempts == 3


def test_a_letter_read_at_night_is_not_a_night_contact():
    # the data's night channels leave letters out: the time logged is when it was read
    entries = [call("2026-11-20T23:00", channel=Channel.LETTER)]
    assert "night" not in keys(entries)
    assert "night" in keys([call("2026-11-20T23:00", channel=Channel.VISIT)])


# --- frequency ---------------------------------------------------------------


@pytest.mark.parametrize(("attempts", "violation"), [(6, False), (7, True)])
def test_six_attempts_in_a_day_are_fine_seven_are_not(attempts, violation):
    assert ("frequency" in keys([call("2026-11-20T10:00", attempts, **MOTHER)])) is violation


def test_attempts_of_several_entries_add_up():
    entries = [call("2026-11-20T09:00", 4, **MOTHER), call("2026-11-20T18:00", 3, **MOTHER)]
    (v,) = only(entries, "frequency")
    assert (v.entries, v.attempts, v.day.isoformat()) == ((0, 1), 7, "2026-11-20")
    assert v.person == Person(Target.FAMILY, "母亲")


def test_six_across_midnight_are_two_days():
    entries = [call("2026-11-20T23:30", 3, **MOTHER), call("2026-11-21T00:10", 3, **MOTHER)]
    assert "frequency" not in keys(entries)
    entries = [call("2026-11-20T23:59", 4, **MOTHER), call("2026-11-21T00:00", 3, **MOTHER)]
    assert "frequency" not in keys(entries)


def test_a_day_runs_from_midnight_to_midnight():
    entries = [call("2026-11-20T00:00", 3, **MOTHER), call("2026-11-20T23:59", 4, **MOTHER)]
    (v,) = only(entries, "frequency")
    assert v.attempts == 7


def test_people_are_counted_separately():
    entries = [call("2026-11-20T10:00", 6, **MOTHER), call("2026-11-20T11:00", 6, **FATHER),
               call("2026-11-20T12:00", 6)]
    assert "frequency" not in keys(entries)
    summary = check_evidence(entries, RULES).summary
    assert (summary.worst_day_attempts, summary.busiest[2]) == (18, 6)


def test_the_same_name_under_another_target_is_another_person():
    entries = [call("2026-11-20T10:00", 4, target=Target.FAMILY, target_name="小王"),
               call("2026-11-20T11:00", 3, target=Target.COLLEAGUE, target_name="小王")]
    assert "frequency" not in keys(entries)


def test_the_borrower_is_one_person_whatever_name_is_written():
    entries = [call("2026-11-20T10:00", 4), call("2026-11-20T11:00", 3, target_name="张伟")]
    (v,) = only(entries, "frequency")
    assert v.person == Person(Target.SELF) and not v.person.third_party


def test_names_are_compared_without_surrounding_spaces():
    entries = [call("2026-11-20T10:00", 4, **MOTHER),
               call("2026-11-20T11:00", 3, target=Target.FAMILY, target_name=" 母亲 ")]
    assert len(only(entries, "frequency")) == 1


def test_one_violation_per_person_and_day():
    entries = [call("2026-11-21T10:00", 7, **FATHER), call("2026-11-20T10:00", 7, **MOTHER),
               call("2026-11-20T10:00", 7, **FATHER)]
    found = [(v.day.isoformat(), v.person.name) for v in only(entries, "frequency")]
    assert found == [("2026-11-20", "母亲"), ("2026-11-20", "父亲"), ("2026-11-21", "父亲")]


def test_frequency_counts_the_calls_the_rule_speaks_of():
    # the 2026 指引 limit concerns calls; seven text messages are not "seven calls"
    assert "frequency" not in keys([call("2026-11-20T10:00", 7, channel=Channel.SMS, **MOTHER)])
    # attempts are counted whether or not one was answered (spec: "more than 6 attempts")
    assert "frequency" in keys([call("2026-11-20T10:00", 7, answered=True, **MOTHER)])


# --- third parties and tags ---------------------------------------------------


def test_third_party_is_anyone_but_the_borrower():
    entries = [call("2026-11-20T10:00"),
               call("2026-11-20T11:00", target=Target.COLLEAGUE, target_name="李经理"),
               call("2026-11-19T11:00", 2, **MOTHER),
               call("2026-11-21T11:00", target=Target.FRIEND),
               call("2026-11-22T11:00", target=Target.OTHER, target_name="村委会"),
               call("2026-11-23T11:00", 2, **MOTHER)]
    (v,) = only(entries, "third_party")
    assert v.entries == (2, 1, 3, 4, 5) and v.attempts == 7
    assert v.people == (Person(Target.FAMILY, "母亲"), Person(Target.COLLEAGUE, "李经理"),
                        Person(Target.FRIEND, ""), Person(Target.OTHER, "村委会"))
    summary = check_evidence(entries, RULES).summary
    assert summary.third_parties == v.people and summary.third_party_contacts == 7


def test_only_the_borrower_contacted_is_no_third_party():
    assert "third_party" not in keys([call("2026-11-20T10:00", 3)])


@pytest.mark.parametrize("tag", list(EvidenceTag))
def test_each_tag_is_its_own_rule(tag):
    entries = [call("2026-11-20T10:00"), call("2026-11-20T11:00", tags=(tag,))]
    assert keys(entries) == [tag.value]
    (v,) = only(entries, tag.value)
    assert v.entries == (1,) and v.rule.sources


def test_several_tags_on_one_entry_give_several_violations_in_rule_order():
    entries = [call("2026-11-20T23:00", **MOTHER,
                    tags=(EvidenceTag.PUBLIC_SHAMING, EvidenceTag.THREAT, EvidenceTag.DISCLOSURE))]
    assert keys(entries) == ["night", "third_party", "threat", "disclosure", "public_shaming"]


def test_a_rule_the_data_does_not_carry_is_never_claimed():
    entries = [call("2026-11-20T23:00", 9, **MOTHER, tags=(EvidenceTag.THREAT,))]
    assert keys(entries, {}) == []
    partial = {k: RULES[k] for k in ("third_party",)}
    report = check_evidence(entries, partial)
    assert [v.key for v in report.violations] == ["third_party"]
    assert report.summary.night_contacts is None and set(report.rules) == {"third_party"}


# --- summary, empty log, order -------------------------------------------------


def test_empty_log():
    report = check_evidence([], RULES)
    assert report.violations == ()
    s = report.summary
    assert (s.entries, s.contacts, s.third_parties, s.third_party_contacts, s.night_contacts) == (
        0, 0, (), 0, 0)
    assert (s.worst_day, s.worst_day_attempts, s.busiest) == (None, 0, None)
    assert (s.first, s.last) == (None, None)


def test_summary_worst_day_takes_the_earliest_on_a_tie():
    entries = [call("2026-11-22T10:00", 3), call("2026-11-21T10:00", 2, **MOTHER),
               call("2026-11-21T12:00"), call("2026-11-20T09:00")]
    s = check_evidence(entries, RULES).summary
    assert (s.worst_day.isoformat(), s.worst_day_attempts) == ("2026-11-21", 3)
    assert (s.first, s.last) == (at("2026-11-20T09:00"), at("2026-11-22T10:00"))
    assert (s.entries, s.contacts) == (4, 7)


TIMELINE = [
    call("2026-11-20T21:59", 4, **MOTHER),
    call("2026-11-20T22:00", 3, **MOTHER, tags=(EvidenceTag.THREAT,)),
    call("2026-11-21T07:59", 2),
    call("2026-11-21T08:00", 5),
    call("2026-11-21T09:00", 1, target=Target.COLLEAGUE, tags=(EvidenceTag.DISCLOSURE,)),
    call("2026-11-20T22:00", 1, channel=Channel.SMS, **FATHER),
]


def _canonical(entries, report):
    """A report with entry indexes replaced by the entries themselves."""
    return ([(v.key, [entries[i] for i in v.entries], v.attempts, v.people, v.day)
             for v in report.violations], report.summary)


@given(st.permutations(range(len(TIMELINE))))
def test_the_result_does_not_depend_on_the_order_of_the_log(order):
    shuffled = [TIMELINE[i] for i in order]
    assert _canonical(shuffled, check_evidence(shuffled, RULES)) == _canonical(
        TIMELINE, check_evidence(TIMELINE, RULES))


def test_person_of_ignores_the_name_for_the_borrower():
    assert person_of(call("2026-11-20T10:00", target_name="我")) == Person(Target.SELF)


# --- the seed example ----------------------------------------------------------


def test_the_seed_story_gives_its_violations():
    # resources/examples/seed-meituan.json: the collector calls the mother three times at
    # 21:40 (answered: debt disclosed, home visit threatened), then texts her at 22:35
    # (threatening to tell the village committee). "自称美团合作律所" is logged but not
    # tagged as impersonation: tags are what the user observed, never inferred.
    data = json.loads((ROOT / "resources" / "examples" / "seed-meituan.json").read_text("utf-8"))
    plan, _ = decode_plan(data, today=datetime(2026, 11, 24).date())
    report = check_evidence(plan.evidence, RULES)
    got = [(v.key, v.entries, v.attempts) for v in report.violations]
    assert got == [("night", (1,), 1), ("third_party", (0, 1), 4), ("threat", (0,), 3),
                   ("disclosure", (0,), 3), ("public_shaming", (1,), 1)]
    s = report.summary
    assert (s.entries, s.contacts, s.night_contacts, s.third_party_contacts) == (2, 4, 1, 4)
    assert s.third_parties == (Person(Target.FAMILY, "母亲"),)
    assert (s.worst_day.isoformat(), s.worst_day_attempts) == ("2026-11-20", 3)


def test_the_whole_rules_data_may_be_handed_in():
    entries = [call("2026-11-20T23:00", **MOTHER)]
    assert check_evidence(entries, load_rules()) == check_evidence(entries, RULES)
