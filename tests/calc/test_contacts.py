"""calc.contacts: reminder boundaries and offers not confirmed in writing.

Expected values follow the rules in calc/contacts.py's docstring (overdue before
today, due today, due soon within N days; the latest entry per debt holds the open
step; an offer stays unconfirmed until it or a later entry for the debt is confirmed
in writing — shared/domain/letters.md §6 "Get it in writing").
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from calc.contacts import (
    ReminderStatus,
    due_reminders,
    open_steps,
    unconfirmed_agreements,
)
from calc.model import Contact, ContactOffer

TODAY = date(2026, 11, 24)
OFFER = ContactOffer(term_months=12)


def step(due: date | None, debt: str = "d1", at: datetime = datetime(2026, 11, 20, 10),
         **kw) -> Contact:
    return Contact(at=at, debt=debt, next_step=kw.pop("next_step", "提交失业证明"), due=due, **kw)


@pytest.mark.parametrize(("days", "within", "status"), [
    (-1, 3, ReminderStatus.OVERDUE),  # past due
    (-30, 0, ReminderStatus.OVERDUE),
    (0, 0, ReminderStatus.DUE_TODAY),  # due today, even with N = 0
    (0, 3, ReminderStatus.DUE_TODAY),
    (1, 1, ReminderStatus.DUE_SOON),  # due tomorrow with N = 1
    (3, 3, ReminderStatus.DUE_SOON),  # the last day of the window
    (2, 1, None),  # the day after the window
    (1, 0, None),
])
def test_reminder_boundaries(days, within, status):
    due = TODAY + timedelta(days=days)
    found = due_reminders([step(due)], TODAY, within_days=within)
    if status is None:
        assert found == ()
    else:
        (r,) = found
        assert (r.index, r.status, r.days, r.due, r.next_step) == (0, status, days, due,
                                                                   "提交失业证明")


def test_reminders_are_sorted_by_due_date():
    log = [step(TODAY + timedelta(days=2), debt="a"), step(TODAY - timedelta(days=5), debt="b"),
           step(TODAY, debt="c"), step(None, debt="d"), step(TODAY + timedelta(days=9), debt="e")]
    found = due_reminders(log, TODAY, within_days=3)
    assert [(r.index, r.status.value) for r in found] == [
        (1, "overdue"), (2, "due_today"), (0, "due_soon")]


def test_a_later_contact_supersedes_the_earlier_step():
    first = step(TODAY - timedelta(days=2), at=datetime(2026, 11, 18, 9))
    later = step(TODAY + timedelta(days=10), at=datetime(2026, 11, 23, 15), next_step="等回复")
    # listed out of time order in the file: time decides, not position
    assert open_steps([later, first]) == (0,)
    assert due_reminders([later, first], TODAY, within_days=3) == ()
    # a later contact without a due date closes the reminder too
    call = Contact(at=datetime(2026, 11, 23, 15), debt="d1", summary="材料已交")
    assert due_reminders([first, call], TODAY, within_days=3) == ()
    # other debts keep their own steps; entries without a debt are one sequence
    other = step(TODAY, debt="d2")
    loose = step(TODAY, debt="")
    assert [r.index for r in due_reminders([first, other, loose], TODAY, within_days=3)] == [
        0, 1, 2]


def test_same_time_ties_go_to_the_later_entry_in_the_file():
    a = step(TODAY, next_step="甲")
    b = step(TODAY + timedelta(days=1), next_step="乙")
    assert open_steps([a, b]) == (1,)


def test_confirmed_and_unconfirmed_offers():
    log = [
        Contact(at=datetime(2026, 11, 22, 10), debt="meituan", offer=OFFER),  # phone, unconfirmed
        Contact(at=datetime(2026, 11, 21, 10), debt="card", offer=OFFER,
                confirmed_in_writing=True),  # confirmed at once
        Contact(at=datetime(2026, 11, 20, 10), debt="jiebei", offer=OFFER),
        Contact(at=datetime(2026, 11, 23, 10), debt="jiebei", confirmed_in_writing=True),
        Contact(at=datetime(2026, 11, 19, 10), debt="meituan", summary="无方案"),  # no offer
    ]
    # jiebei's offer was confirmed by a later entry; meituan's is still a phone promise
    assert unconfirmed_agreements(log) == (0,)


def test_a_confirmation_before_the_offer_does_not_count():
    log = [Contact(at=datetime(2026, 11, 20), debt="d1", confirmed_in_writing=True),
           Contact(at=datetime(2026, 11, 22), debt="d1", offer=OFFER)]
    assert unconfirmed_agreements(log) == (1,)
    # nor does a confirmation about another debt
    log.append(Contact(at=datetime(2026, 11, 23), debt="d2", confirmed_in_writing=True))
    assert unconfirmed_agreements(log) == (1,)


def test_empty_log():
    assert due_reminders((), TODAY, within_days=3) == ()
    assert unconfirmed_agreements(()) == ()
    assert open_steps(()) == ()
