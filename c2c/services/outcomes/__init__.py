"""After the day: how each side says its B2B meetings went, and the leads they open.

A side's ``interest`` and ``note`` are private to it: they are read only by the functions
that show that side its own outcomes. Everything shared (catalogue, report, the other
side's files) counts outcomes, never quotes them.
"""

STATUSES = ("held", "no-show", "cancelled")
INTERESTS = ("none", "low", "medium", "high")
# in the order a partnership moves forward: a lead keeps the furthest step either side named
NEXT_STEPS = ("none", "documentation", "quote", "nda", "visit", "joint-project", "partnership")
