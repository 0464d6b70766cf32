"""Print invented Swedish personnummer with a valid Luhn check digit (for the fiction).

Usage: python3 pnr.py YYMMDD [NNN]   -> YYMMDD-NNNC
Add 60 to the day for a samordningsnummer.
"""
import random
import sys


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def make(date6: str, serial: str | None = None) -> str:
    serial = serial or f"{random.randint(0, 999):03d}"
    return f"{date6}-{serial}{luhn_digit(date6 + serial)}"


if __name__ == "__main__":
    print(make(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
