"""The headless half of ``qualcoder-htl smoke-test``: does everything the app needs at run time
load, from a source checkout as from the frozen (PyInstaller) app?

Each step uses the real code path and fails loudly, naming what is missing (a list, the lexicon,
the word frequencies or the NER model): in an installed app those are packaging errors. The GUI half
is ``gui/smoke.py``; ``cli.cmd_smoke_test`` runs both.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__


def seconds_since_process_start() -> float | None:
    """Wall time since this process started (Linux: from /proc, to 10 ms), or None."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of the whole line: starttime
        hertz = os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / hertz
    except (OSError, ValueError, IndexError, AttributeError):
        return None


_IMPORTED_AT = time.perf_counter()


def elapsed_since_start() -> tuple[float, str]:
    """(seconds, what they are counted from): the process start where the system tells it,
    else the first import of this module (a little after the interpreter started)."""
    since = seconds_since_process_start()
    if since is not None:
        return since, "process start"
    return time.perf_counter() - _IMPORTED_AT, "Python start"


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    echo: Callable[[str], None] | None = None

    def say(self, line: str) -> None:
        self.lines.append(line)
        if self.echo:
            self.echo(line)

    def step(self, name: str, fn: Callable[[], str | None]) -> object:
        """Run one check; its time and outcome become a line; a failure is remembered and
        later steps still run (so one run names every missing piece)."""
        t = time.perf_counter()
        try:
            detail = fn()
        except BaseException as e:  # noqa: BLE001 - report, go on, fail at the end
            if isinstance(e, KeyboardInterrupt):
                raise
            self.timings[name] = time.perf_counter() - t
            self.failures.append(f"{name}: {type(e).__name__}: {e}")
            self.say(f"FAIL {name} ({self.timings[name]:.2f} s): {type(e).__name__}: {e}")
            return None
        self.timings[name] = time.perf_counter() - t
        self.say(f"ok   {name} ({self.timings[name]:.2f} s)" + (f": {detail}" if detail else ""))
        return detail

    @property
    def ok(self) -> bool:
        return not self.failures


def where() -> str:
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    return f"qualcoder-htl {__version__} ({frozen}, Python {sys.version.split()[0]})"


def check_resources() -> str:
    from ..paths import demo_corpus_dir, resources_dir
    need = [resources_dir() / "models" / "sv_htl_ner" / "meta.json",
            resources_dir() / "models" / "README.md",
            resources_dir() / "i18n" / "qualcoder_htl_sv.qm",
            resources_dir() / "icons" / "qualcoder-htl.png",
            demo_corpus_dir() / "attributes.csv", demo_corpus_dir() / "codebook.csv",
            demo_corpus_dir() / "codings.csv", demo_corpus_dir() / "cases.csv"]
    missing = [str(p) for p in need if not p.is_file()]
    if missing:
        raise FileNotFoundError(", ".join(missing))
    transcripts = list((demo_corpus_dir() / "transcripts").iterdir())
    if not transcripts:
        raise FileNotFoundError(demo_corpus_dir() / "transcripts")
    return f"{len(need)} files and {len(transcripts)} demo transcripts"


def check_language_data() -> str:
    """The prepared name lists and lexicon (resources/lexicon), the word frequencies
    (wordfreq), spaCy's Swedish stop words, the NER model."""
    from ..pseudonymise import frequency, lexicon, names, ner
    sizes = {"first names": len(names.first_names_female() | names.first_names_male()),
             "surnames": len(names.surnames()), "places": len(names.places())}
    if sizes["first names"] < 500 or sizes["surnames"] < 200 or sizes["places"] < 1000:
        raise RuntimeError(f"the name lists in resources/lexicon are missing or short: {sizes}")
    if len(lexicon.words()) < 100_000:
        raise RuntimeError(f"the Swedish lexicon (resources/lexicon) did not load: "
                           f"{len(lexicon.words())} words")
    if frequency.zipf_sv("och") < 6 or frequency.zipf_en("the") < 6:
        raise RuntimeError("the word frequencies (wordfreq's small sv/en lists) did not load")
    if not ner.available():
        raise RuntimeError(f"the NER model does not load from {ner.model_path()}")
    found = ner.entities([(0, "I går träffade jag Kristina Lindqvist från Västerås kommun.")])
    if not found:
        raise RuntimeError("the NER model loaded but found no entity in a test sentence")
    return (", ".join(f"{v} {k}" for k, v in sizes.items())
            + f", {len(lexicon.words())} lexicon forms, NER: "
            + ", ".join(f"{s.type} {s.text!r}" for s in found))


def run_headless(workdir: Path, report: Report) -> Path | None:
    """Create the demo project in ``workdir`` and run every format and model over it.
    Returns the project's path (closed), or None when it could not be made."""
    from .demo import create_demo
    from .project import Project

    workdir.mkdir(parents=True, exist_ok=True)
    dest = workdir / "demo.qhtl"
    out = workdir / "out"
    out.mkdir(exist_ok=True)
    report.step("resources", check_resources)

    def demo() -> str:
        if dest.exists():
            dest.unlink()
        with create_demo(dest) as project:
            info = project.info()
        if not info["sources"] or not info["codings"]:
            raise RuntimeError(f"the demo project is empty: {info}")
        return f"{info['sources']} sources, {info['words']} words, {info['codings']} codings"
    report.step("demo project (import .docx/.txt, alembic schema)", demo)
    if not dest.exists():
        return None
    report.step("Swedish language data (name lists, lexicon, word frequencies, spaCy NER)",
                check_language_data)

    with Project.open(dest, coder="smoke-test") as project:
        def detect() -> str:
            r = project.pseudonymisation.detect()
            if not r.suggestions:
                raise RuntimeError("pseudonymisation found nothing in the demo corpus")
            return f"{r.suggestions} suggestions in {r.sources} sources"
        report.step("pseudonymisation detect", detect)

        def analysis() -> str:
            a = project.analysis
            matrix = a.matrix(columns="org_level")
            written = [a.export_matrix(matrix, out / "matrix.xlsx"),
                       a.export_matrix(matrix, out / "matrix.docx"),
                       a.export_report(out / "report.docx")]
            sizes = [p.stat().st_size for p in written]
            return ", ".join(f"{p.name} {s // 1024} kB" for p, s in zip(written, sizes,
                                                                           strict=True))
        report.step("analysis exports (numpy, openpyxl, python-docx)", analysis)

        def refi() -> str:
            from .refi_export import export_qdpx
            r = export_qdpx(project, out / "demo.qdpx")
            return f"{(out / 'demo.qdpx').stat().st_size // 1024} kB" + (
                f" ({len(r.lines())} report lines)" if hasattr(r, "lines") else "")
        report.step("REFI-QDA export (lxml)", refi)
    report.step("encrypted project (SQLCipher: sqlcipher3 and its OpenSSL)",
                lambda: check_encryption(workdir))
    return dest


def check_encryption(workdir: Path) -> str:
    """Create an encrypted project, open it with its passphrase and its recovery key."""
    from . import encryption
    from .project import Project
    path = workdir / "encrypted.qhtl"
    for leftover in workdir.glob("encrypted.qhtl*"):
        leftover.unlink()
    with Project.create(path, coder="smoke-test", passphrase="smoke test") as project:
        key = encryption.recovery_key(project)
    if not encryption.is_encrypted(path):
        raise RuntimeError("the new project is not encrypted")
    for secret in (encryption.Secret("smoke test"), encryption.Secret(recovery_key=key)):
        with Project.open(path, coder="smoke-test", secret=secret) as project:
            project.info()
    return f"{path.stat().st_size // 1024} kB, opened with the passphrase and the recovery key"


def check_imports() -> str:
    """Import every module of the package (the frozen app must carry all of them, including
    those only imported by name at run time) and alembic's migration scripts."""
    import importlib
    import pkgutil

    root = __package__.rpartition(".")[0]  # qualcoder_htl
    package = importlib.import_module(root)
    failed, count = [], 0
    for info in pkgutil.walk_packages(package.__path__, root + "."):
        if info.name.endswith("__main__") or ".migrations" in info.name:
            continue
        try:
            importlib.import_module(info.name)
            count += 1
        except Exception as e:  # noqa: BLE001
            failed.append(f"{info.name} ({type(e).__name__}: {e})")
    if failed:
        raise ImportError("; ".join(failed))
    if count < 50:
        raise ImportError(f"only {count} modules of {root} found: the bundle is "
                          f"incomplete")
    versions = Path(__file__).resolve().parents[1] / "store" / "migrations" / "versions"
    scripts = sorted(p.name for p in versions.glob("*.py")) if versions.is_dir() else []
    if not scripts:
        raise FileNotFoundError(f"no alembic migration scripts in {versions}")
    return f"{count} modules, {len(scripts)} migration scripts"
