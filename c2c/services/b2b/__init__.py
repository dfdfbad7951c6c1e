"""One-to-one B2B meetings: the session (setup), wishes and the wish file, the organiser's
precedences, the stored meetings, the timetable and its views; the CP-SAT solver in
``solver/`` knows nothing of the store."""
