"""The evidence-log check as text (zh/en) and as the spec's JSON object.

Plain data in, text out: :func:`calc.evidence.check_evidence` decides what is a
violation; this module only words it. Sentences come from
``resources/templates/evidence.{zh,en}.toml`` (the rule wording complaint
drafts reuse), cited per ``shared/domain/rules.md`` §9: a source's article is
printed only when its confidence is ``high`` (✅ official text); 🟡 sources are
named without article numbers.

JSON (``negoplan evidence PLAN --json``, ``shared/spec/plan-file.md``)::

    {"violations": [{"rule", "name", "source", "sources": [...], "confidence",
                     "entries": [indexes], "detail": {"attempts", "people", ...}}],
     "summary": {"entries", "contacts", "third_party_contacts", "third_parties",
                 "night", "max_attempts_per_day", "worst_day", "busiest",
                 "first", "last"}}

``max_attempts_per_day`` is the most attempts one person got in one day (the
quantity the ``frequency`` rule limits); ``worst_day`` the day with most
attempts, everyone together.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from app.letters.templates import Templates, load_templates
from calc.evidence import EvidenceReport, Person, Violation, check_evidence
from calc.model import EvidenceEntry, Plan
from calc.plan_fields import format_datetime
from calc.rules import ConductRule, Source


def _t(lang: str) -> Templates:
    return load_templates(lang, "evidence")


def _when(t: Templates, moment: datetime) -> str:
    return t("fmt.datetime", date=moment.date().isoformat(), time=moment.strftime("%H:%M"))


def person_text(t: Templates, p: Person) -> str:
    """``母亲（家人）``, ``本人``; a third party without a name is just its kind."""
    target = t(f"target.{p.target.value}")
    return t("fmt.person", name=p.name, target=target) if p.name else target


def _people(t: Templates, people: tuple[Person, ...]) -> str:
    return t.raw("fmt.list_sep").join(person_text(t, p) for p in people)


def source_text(t: Templates, s: Source) -> str:
    """A citation in the allowed form: the article only for a high-confidence source."""
    article = s.article_zh if t.lang == "zh" else s.article_en
    title = s.zh if t.lang == "zh" else s.en
    text = (t("fmt.source_article", title=title, article=article)
            if article and s.confidence == "high" else t("fmt.source", title=title))
    return text + (t("fmt.source_date", date=s.date) if s.date else "")


def _rule_params(rule: ConductRule) -> dict[str, Any]:
    return {"start": rule.start.strftime("%H:%M") if rule.start else "",
            "end": rule.end.strftime("%H:%M") if rule.end else "",
            "max": rule.max_per_day if rule.max_per_day is not None else ""}


def violation_name(t: Templates, rule: ConductRule) -> str:
    return t(f"rule.{rule.wording}.name")


def violation_fact(t: Templates, v: Violation) -> str:
    """The logged facts behind one violation, in the rule's wording."""
    return t(f"rule.{v.rule.wording}.fact", attempts=v.attempts, entries=len(v.entries),
             people=_people(t, v.people), day=v.day.isoformat() if v.day else "",
             person=person_text(t, v.person) if v.person else "", **_rule_params(v.rule))


def rule_text(t: Templates, rule: ConductRule, *, check: bool = True) -> str:
    """What the rule says, in the allowed phrasing (rules.md §9).

    ``check``: add what the borrower should verify before relying on it
    (``rule.<wording>.check``, e.g. whether they were reachable); a complaint
    draft leaves it out — it speaks to the borrower, not the recipient.
    """
    text = t(f"rule.{rule.wording}.rule", **_rule_params(rule))
    key = f"rule.{rule.wording}.check"
    if check and key in t:
        text += ("" if t.lang == "zh" else " ") + t(key)
    return text


def entry_line(t: Templates, e: EvidenceEntry) -> str:
    """``2026-11-20 21:40 母亲（家人） 电话 3 次，已接通 0571-88880000 自称…``."""
    how = t(f"channel.{e.channel.value}") + " " + t("fmt.attempts", n=e.attempts)
    if e.answered:
        how += t("fmt.answered")
    parts = [_when(t, e.at), person_text(t, Person(e.target, e.target_name.strip())), how,
             e.from_.strip(), e.collector.strip()]
    return "  ".join(p for p in parts if p)


def _summary_lines(t: Templates, report: EvidenceReport, night: ConductRule | None) -> list[str]:
    s = report.summary
    lines = [t("summary.heading"),
             "  " + t("summary.entries", entries=s.entries, contacts=s.contacts)]
    if s.first is not None and s.last is not None:
        lines.append("  " + t("summary.span", first=_when(t, s.first), last=_when(t, s.last)))
    if s.third_parties:
        lines.append("  " + t("summary.third_parties", people=_people(t, s.third_parties),
                              contacts=s.third_party_contacts))
    else:
        lines.append("  " + t("summary.no_third_parties"))
    if night is not None and s.night_contacts is not None:
        lines.append("  " + t("summary.night", n=s.night_contacts, **_rule_params(night)))
    if s.worst_day is not None:
        lines.append("  " + t("summary.worst_day", date=s.worst_day.isoformat(),
                              n=s.worst_day_attempts))
    if s.busiest is not None:
        person, day, n = s.busiest
        lines.append("  " + t("summary.busiest", date=day.isoformat(),
                              person=person_text(t, person), n=n))
    return lines


def evidence_text(report: EvidenceReport, plan: Plan, lang: str = "zh") -> str:
    """The report a borrower reads: summary, then each violation with its facts,
    rule (allowed wording), sources with confidence, and the entries that show it."""
    t = _t(lang)
    head = [t("report.title")]
    if plan.borrower.name:
        head.append(t("report.who", name=plan.borrower.name))
    head += [t("report.as_of", date=plan.as_of.isoformat()), t("report.disclaimer")]
    if not plan.evidence:
        return "\n".join([*head, "", t("report.empty")])
    lines = [*head, "", *_summary_lines(t, report, report.rules.get("night")), ""]
    if not report.violations:
        lines.append(t("report.none_found"))
        return "\n".join(lines)
    lines.append(t("report.violations", n=len(report.violations)))
    cautious = False
    for n, v in enumerate(report.violations, 1):
        cautious |= any(s.confidence != "high" for s in v.rule.sources)
        sources = t.raw("fmt.source_sep").join(source_text(t, s) for s in v.rule.sources)
        level = t("fmt.confidence", level=t(f"confidence.{v.rule.confidence}"))
        lines += [
            t("fmt.violation", n=n, name=violation_name(t, v.rule), confidence=level),
            "   " + t("report.facts") + violation_fact(t, v),
            "   " + t("report.rule") + rule_text(t, v.rule),
            "   " + t("report.sources") + sources,
            "   " + t("report.entries"),
            *(f"     - [{i + 1}] {entry_line(t, plan.evidence[i])}" for i in v.entries),
        ]
    if cautious:
        lines += ["", t("report.cautious")]
    return "\n".join(lines)


def _person_json(p: Person) -> dict[str, str]:
    return {"target": p.target.value, "name": p.name}


def _source_json(s: Source) -> dict[str, str]:
    return {"zh": s.zh, "en": s.en, "article_zh": s.article_zh, "article_en": s.article_en,
            "date": s.date, "url": s.url, "confidence": s.confidence,
            "note_zh": s.note_zh, "note_en": s.note_en}


def _citation(s: Source, lang: str) -> str:
    title, article = (s.zh, s.article_zh) if lang == "zh" else (s.en, s.article_en)
    return f"{title}{article}" if lang == "zh" else (f"{title}, {article}" if article else title)


def _violation_json(v: Violation, lang: str) -> dict[str, Any]:
    detail: dict[str, Any] = {"attempts": v.attempts, "people": [_person_json(p) for p in v.people]}
    if v.day is not None and v.person is not None:
        detail.update(day=v.day.isoformat(), person=_person_json(v.person),
                      max_per_day=v.rule.max_per_day)
    if v.rule.start is not None and v.rule.end is not None:
        detail.update(start=v.rule.start.strftime("%H:%M"), end=v.rule.end.strftime("%H:%M"))
    return {
        "rule": v.key,
        "name": violation_name(_t(lang), v.rule),
        "source": _t(lang).raw("fmt.source_sep").join(_citation(s, lang) for s in v.rule.sources),
        "sources": [_source_json(s) for s in v.rule.sources],
        "confidence": v.rule.confidence,
        "entries": list(v.entries),
        "detail": detail,
    }


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return format_datetime(value) if isinstance(value, datetime) else value.isoformat()


def evidence_json(report: EvidenceReport, lang: str = "zh") -> dict[str, Any]:
    """The spec's object (module docstring); ``lang`` picks the language of ``name``/``source``."""
    s = report.summary
    busiest = None
    if s.busiest is not None:
        person, day, n = s.busiest
        busiest = {"date": day.isoformat(), "person": _person_json(person), "attempts": n}
    return {
        "violations": [_violation_json(v, lang) for v in report.violations],
        "summary": {
            "entries": s.entries,
            "contacts": s.contacts,
            "third_party_contacts": s.third_party_contacts,
            "third_parties": [_person_json(p) for p in s.third_parties],
            "night": s.night_contacts,
            "max_attempts_per_day": s.busiest[2] if s.busiest else 0,
            "worst_day": ({"date": s.worst_day.isoformat(), "attempts": s.worst_day_attempts}
                          if s.worst_day else None),
            "busiest": busiest,
            "first": _iso(s.first),
            "last": _iso(s.last),
        },
    }


def run_evidence(plan_path: str, *, json_out: bool, lang: str, today: date) -> int:
    """``negoplan evidence PLAN [--json]``: print the check; 0 ok, 2 for an invalid plan
    (problems on stderr in the user's language, as the other commands do)."""
    from app.cli import EXIT_INVALID, EXIT_OK, _print_problems
    from app.planio import load_plan
    from app.rules_data import load_rules
    from calc.errors import CalcError, PlanInvalid

    try:
        plan, warnings = load_plan(plan_path, today=today)
        rules = load_rules()
    except PlanInvalid as exc:
        _print_problems(exc.problems, lang)
        return EXIT_INVALID
    except CalcError as exc:
        _print_problems([exc.as_problem()], lang)
        return EXIT_INVALID
    if warnings:
        _print_problems(warnings, lang)
    report = check_evidence(plan.evidence, rules.collection)
    if json_out:
        print(json.dumps(evidence_json(report, lang), ensure_ascii=False, indent=2))
    else:
        print(evidence_text(report, plan, lang))
    return EXIT_OK
