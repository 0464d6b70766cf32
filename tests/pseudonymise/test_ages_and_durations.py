"""An age is a person's; a number of years something lasted, or the size of a family, is
not."""
import pytest

from .conftest import found


@pytest.mark.parametrize("text", [
    "Vi har haft tre rektorer på två år.",
    "Hon kom varje tisdag, i nästan ett år.",
    "Inte bara tre år och sen slut.",
    "Efter typ fyra år i kö fick vi en fyra.",
    "Vi är fem i familjen.",
    "Vi är sex, sju polacker där.",
])
def test_durations_and_counts_are_no_ages(detector, text):
    assert not [t for t, typ in found(detector, text) if typ == "AGE"]


@pytest.mark.parametrize("text, age", [
    ("En pojke på sexton år skadades.", "sexton år"),
    ("Hon är nästan sju år.", "sju år"),
    ("Han är bara nio år.", "nio år"),
    ("Lo var sex år och gjorde frukost.", "sex år"),
    ("Ett barn på tre år ska inte vara ensamt.", "tre år"),
])
def test_ages(detector, text, age):
    assert (age, "AGE") in found(detector, text)
