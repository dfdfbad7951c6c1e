"""The accuracy benchmark's scoring: what counts as a right field, a missed or a made-up person."""

from benchmarks.import_accuracy import Score, score

TRUTH = {"first_name": "Jan", "last_name": "van der Berg", "email": "jan.vdberg@kempen-robotics.nl",
         "phone": "+31612345678", "company": "Kempen Robotics B.V.", "role": None, "country": "NL",
         "pitch": False, "bus_stop": None}


def test_formatting_differences_are_not_errors() -> None:
    got = TRUTH | {"email": "Jan.VdBerg@Kempen-Robotics.nl", "phone": "+31 6 12345678", "pitch": False}
    result = Score()
    score(result, [TRUTH], [got])
    assert (result.right, result.total, result.wrong) == (7, 7, [])


def test_a_person_is_matched_by_name_when_the_email_differs() -> None:
    got = TRUTH | {"email": None, "last_name": "Berg"}
    result = Score()
    score(result, [TRUTH], [got | {"first_name": "Jan", "last_name": "van der Berg"}, got])
    assert (result.right, result.total) == (6, 7 + 6)  # the second is made up: all its fields count wrong
    assert [w.field for w in result.wrong][0] == "email"


def test_a_missed_person_counts_every_field_wrong() -> None:
    result = Score()
    score(result, [TRUTH], [])
    assert (result.right, result.total) == (0, 7)
    assert {w.got for w in result.wrong} == {"(person missing)"}
