"""The negotiation log (plan file ``contacts``): open next steps, reminders, and
agreements not yet confirmed in writing.

Rules (issue 5, "Negotiation log and counter-offers"; ``shared/domain/letters.md`` §6
"Get it in writing"):

- **Open step.** The log is a sequence per debt; its latest entry (by ``at``, then
  by position in the file) says where things stand. Its ``next_step`` / ``due``
  is the open one; an earlier entry's step is superseded once a later contact
  for the same debt is logged (the plan file has no "done" mark). Entries
  without a debt form one sequence of their own.
- **Reminder.** An open step with a ``due`` date is ``overdue`` when
  ``due < today``, ``due_today`` when ``due == today`` and ``due_soon`` when
  ``today < due ≤ today + within_days``; later dates are not reminded yet.
  ``within_days`` is the caller's setting (a product convention, not a rule).
- **Unconfirmed agreement.** An entry with an ``offer`` and
  ``confirmed_in_writing`` false, unless a later entry for the same debt is
  confirmed in writing (the lender confirmed afterwards). A phone promise
  protects the borrower only once it is written down.

Pure: ``today`` is a parameter; results are indexes into ``contacts`` (so the
app can name ``contacts[i]``) and codes.

>>> from datetime import datetime
>>> log = (Contact(at=datetime(2026, 11, 22, 10), debt="d1", due=date(2026, 11, 29)),)
>>> [(r.index, r.status.value, r.days) for r in due_reminders(log, date(2026, 11, 28),
...                                                            within_days=3)]
[(0, 'due_soon', 1)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from calc.model import Contact

__all__ = [
    "Reminder",
    "ReminderStatus",
    "due_reminders",
    "open_steps",
    "unconfirmed_agreements",
]


class ReminderStatus(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"


@dataclass(frozen=True)
class Reminder:
    """An open next step coming due: ``contacts[index]``, due on ``due``,
    ``days`` = ``(due − today).days`` (negative when overdue)."""

    index: int
    debt: str
    next_step: str
    due: date
    days: int
    status: ReminderStatus


def _in_order(contacts: Sequence[Contact]) -> list[int]:
    """Indexes sorted by time, ties by position in the file."""
    return sorted(range(len(contacts)), key=lambda i: (contacts[i].at, i))


def open_steps(contacts: Sequence[Contact]) -> tuple[int, ...]:
    """Index of the latest entry per debt (its next step is the open one), in time order.

    >>> from datetime import datetime
    >>> log = [Contact(at=datetime(2026, 11, 22), debt="a", next_step="交材料"),
    ...        Contact(at=datetime(2026, 11, 20), debt="a"),
    ...        Contact(at=datetime(2026, 11, 21), debt="b")]
    >>> open_steps(log)
    (2, 0)
    """
    latest: dict[str, int] = {}
    for i in _in_order(contacts):
        latest[contacts[i].debt] = i
    return tuple(sorted(latest.values(), key=lambda i: (contacts[i].at, i)))


def due_reminders(
    contacts: Sequence[Contact], today: date, *, within_days: int
) -> tuple[Reminder, ...]:
    """Open steps overdue, due today or due within ``within_days`` days (module doc),
    sorted by due date, then by position in the file."""
    out = []
    for i in open_steps(contacts):
        c = contacts[i]
        if c.due is None:
            continue
        days = (c.due - today).days
        if days < 0:
            status = ReminderStatus.OVERDUE
        elif days == 0:
            status = ReminderStatus.DUE_TODAY
        elif days <= within_days:
            status = ReminderStatus.DUE_SOON
        else:
            continue
        out.append(Reminder(i, c.debt, c.next_step, c.due, days, status))
    return tuple(sorted(out, key=lambda r: (r.due, r.index)))


def unconfirmed_agreements(contacts: Sequence[Contact]) -> tuple[int, ...]:
    """Entries with an offer not confirmed in writing, neither then nor by a later
    entry for the same debt (module doc), in time order.

    >>> from datetime import datetime
    >>> from calc.model import ContactOffer
    >>> offer = ContactOffer(term_months=12)
    >>> log = [Contact(at=datetime(2026, 11, 22), debt="a", offer=offer),
    ...        Contact(at=datetime(2026, 11, 23), debt="b", offer=offer),
    ...        Contact(at=datetime(2026, 11, 24), debt="a", confirmed_in_writing=True)]
    >>> unconfirmed_agreements(log)
    (1,)
    """
    order = _in_order(contacts)
    out = []
    for pos, i in enumerate(order):
        c = contacts[i]
        if c.offer is None or c.confirmed_in_writing:
            continue
        later = (contacts[j] for j in order[pos + 1:])
        if not any(x.debt == c.debt and x.confirmed_in_writing for x in later):
            out.append(i)
    return tuple(out)
