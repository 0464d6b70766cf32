"""The intercoder agreement table (``analysis.agreement`` computes it) and the plain-language
reading of each figure, in English and Swedish.

Readings follow the usual guidelines: Landis & Koch (1977) for kappa; Krippendorff (2004) for
alpha (at least 0.800 to draw conclusions, 0.667 for tentative ones).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .messages import Message, catalogue, language, msg

MEASURES = ("percent", "kappa", "alpha", "cu_alpha")

catalogue({
    "agreement.measure.percent": ("Agreement", "Överensstämmelse"),
    "agreement.measure.kappa": ("Cohen's kappa", "Cohens kappa"),
    "agreement.measure.alpha": ("Krippendorff's alpha", "Krippendorffs alfa"),
    "agreement.measure.cu_alpha": ("cu-alpha", "cu-alfa"),
    "agreement.reading.percent": (
        "The coders agree on {value} of the {units} characters.",
        "Kodarna är överens om {value} av de {units} tecknen."),
    "agreement.reading.kappa": (
        "{band} agreement beyond chance (Landis & Koch).",
        "{band} överensstämmelse utöver slumpen (Landis & Koch)."),
    "agreement.reading.kappa_worse": ("Less agreement than chance would give.",
                                      "Mindre överensstämmelse än slumpen skulle ge."),
    "agreement.band.slight": ("Slight", "Obetydlig"),
    "agreement.band.fair": ("Fair", "Svag"),
    "agreement.band.moderate": ("Moderate", "Måttlig"),
    "agreement.band.substantial": ("Substantial", "God"),
    "agreement.band.almost_perfect": ("Almost perfect", "Mycket god"),
    "agreement.reading.alpha_reliable": (
        "Reliable: conclusions can be drawn (Krippendorff: alpha at least 0.800).",
        "Tillförlitligt: slutsatser kan dras (Krippendorff: alfa minst 0,800)."),
    "agreement.reading.alpha_tentative": (
        "Only tentative conclusions (Krippendorff: alpha between 0.667 and 0.800).",
        "Endast preliminära slutsatser (Krippendorff: alfa mellan 0,667 och 0,800)."),
    "agreement.reading.alpha_unreliable": (
        "Not reliable enough to draw conclusions (Krippendorff: alpha below 0.667).",
        "Inte tillförlitligt nog för slutsatser (Krippendorff: alfa under 0,667)."),
    "agreement.reading.cu_alpha": (
        "Where the coders both coded ({units} characters), do they give the same code? {verdict}",
        "Där kodarna båda har kodat ({units} tecken), ger de samma kod? {verdict}"),
    "agreement.none.no_units": ("Cannot be computed: no text to compare.",
                                "Kan inte beräknas: ingen text att jämföra."),
    "agreement.none.no_variation": (
        "Cannot be computed: every character has the same value (no variation).",
        "Kan inte beräknas: alla tecken har samma värde (ingen variation)."),
    "agreement.none.not_used": ("Cannot be computed: no coder used this code here.",
                                "Kan inte beräknas: ingen kodare har använt koden här."),
    "agreement.none.two_coders": ("Cohen's kappa is for exactly two coders.",
                                  "Cohens kappa gäller exakt två kodare."),
    "agreement.none.per_domain": ("cu-alpha compares codes with each other: see the sources "
                                  "and the total.",
                                  "cu-alfa jämför koder med varandra: se källorna och "
                                  "totalen."),
    "agreement.none.one_code": (
        "Cannot be computed: fewer than two codes where the coders' coding overlaps.",
        "Kan inte beräknas: färre än två koder där kodarnas kodning överlappar."),
})


@dataclass(frozen=True)
class Figure:
    """One measure: its value (None when undefined), the units it rests on, and why not."""

    measure: str
    value: float | None
    units: int
    reason: str = ""  # when value is None: a key of "agreement.none.*"

    def reading(self) -> Message:
        return reading(self)


@dataclass(frozen=True)
class AgreementRow:
    kind: str  # "code", "source" or "total"
    key: int | None
    label: str
    figures: dict[str, Figure]


@dataclass(frozen=True)
class AgreementTable:
    coders: tuple[str, ...]
    include_uncoded: bool
    by_code: list[AgreementRow]
    by_source: list[AgreementRow]
    total: AgreementRow
    notes: tuple[Message, ...] = field(default_factory=tuple)

    @property
    def rows(self) -> list[AgreementRow]:
        return self.by_code + self.by_source + [self.total]


# --- plain-language readings ------------------------------------------------------------------

def format_value(f: Figure, language: str) -> str:
    """0.743 / 0,743; 87.5% / 87,5 %; "–" when undefined."""
    if f.value is None:
        return "–"
    if f.measure == "percent":
        text = f"{100 * f.value:.1f}"
        return text.replace(".", ",") + "\u00a0%" if language == "sv" else text + "%"
    text = f"{f.value:.3f}"
    return text.replace(".", ",").replace("-", "\u2212") if language == "sv" else text


def format_units(n: int, lang: str) -> str:
    """12,345 / 12 345 (a narrow no-break space, as Swedish writes thousands)."""
    return f"{n:,}".replace(",", "\u202f") if lang == "sv" else f"{n:,}"


class _Reading(Message):
    """A figure's reading: a message whose arguments (formatted numbers) depend on the
    language it is rendered in."""

    def text(self, lang: str | None = None) -> str:
        lang = lang or language()
        f: Figure = self.args["figure"]
        return _reading_in(f, lang).text(lang)


def reading(f: Figure) -> Message:
    return _Reading("agreement.reading", {"figure": f})


def _alpha_verdict(value: float) -> Message:
    if value >= 0.8:
        return msg("agreement.reading.alpha_reliable")
    if value >= 0.667:
        return msg("agreement.reading.alpha_tentative")
    return msg("agreement.reading.alpha_unreliable")


def kappa_band(value: float) -> str:
    """Landis & Koch (1977)."""
    if value < 0:
        return "worse"
    for top, band in ((0.2, "slight"), (0.4, "fair"), (0.6, "moderate"), (0.8, "substantial")):
        if value <= top:
            return band
    return "almost_perfect"


def _reading_in(f: Figure, lang: str) -> Message:
    if f.value is None:
        return msg(f"agreement.none.{f.reason or 'no_units'}")
    if f.measure == "percent":
        return msg("agreement.reading.percent", value=format_value(f, lang),
                   units=format_units(f.units, lang))
    if f.measure == "kappa" and f.value < 0:
        return msg("agreement.reading.kappa_worse")
    if f.measure == "kappa":
        return msg("agreement.reading.kappa", band=msg(f"agreement.band.{kappa_band(f.value)}"))
    if f.measure == "alpha":
        return _alpha_verdict(f.value)
    return msg("agreement.reading.cu_alpha", units=format_units(f.units, lang),
               verdict=_alpha_verdict(f.value))


def measure_label(measure: str, language: str) -> str:
    return msg(f"agreement.measure.{measure}").text(language)
