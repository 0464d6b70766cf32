"""Help ▸ About: the version, the versions of Python, Qt and spaCy, and the licences of the
bundled data and components (the CC BY 4.0 credit of the Swedish NER corpus the model was
trained on, the fictional demo corpus, Qt/PySide6 under the LGPL)."""
from __future__ import annotations

import platform
import sys
from html import escape

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from .. import __version__

NER_CORPUS_URL = "https://github.com/klintan/swedish-ner-corpus"
CC_BY_URL = "https://creativecommons.org/licenses/by/4.0/"
LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"
QT_SOURCE_URL = "https://code.qt.io"
REFI_URL = "https://www.qdasoftware.org"

# (component, licence): what the installed app carries besides its own code
COMPONENTS = (
    ("Python", "PSF License"),
    ("Qt 6, PySide6, shiboken6", "LGPL-3.0"),
    ("spaCy, thinc (Explosion)", "MIT"),
    ("SQLAlchemy, alembic", "MIT"),
    ("python-docx, openpyxl", "MIT"),
    ("wordfreq, ftfy, langcodes, regex, msgpack",
     "Apache-2.0 / MIT (wordfreq's data: CC BY-SA 4.0)"),
    ("lxml", "BSD-3-Clause"),
    ("NumPy", "BSD-3-Clause"),
    ("odfpy", "Apache-2.0 / LGPL-2.1+ / GPL-2.0+"),
)


def package_version(name: str) -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version
        return version(name)
    except (ImportError, PackageNotFoundError):
        return "?"


def link(url: str, text: str | None = None) -> str:
    return f'<a href="{escape(url)}">{escape(text or url)}</a>'


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About qualcoder-htl"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>qualcoder-htl {escape(__version__)}</h2>")
        title.setObjectName("aboutTitle")
        layout.addWidget(title)
        self.text = QTextBrowser()
        self.text.setObjectName("aboutText")
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(self.html())
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def versions(self) -> str:
        frozen = self.tr("installed app") if getattr(sys, "frozen", False) else \
            self.tr("from source")
        return (f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 "
                f"{PYSIDE_VERSION}, spaCy {package_version('spacy')}; {platform.system()}, "
                f"{frozen}")

    def html(self) -> str:
        p = [
            self.tr("Thematic coding and pseudonymisation of Swedish interview transcripts. Every "
               "change is saved at once and can be undone. Nothing leaves your computer."),
            escape(self.versions()),
            self.tr("qualcoder-htl is free software under the MIT licence."),
        ]
        data = [
            self.tr("<b>Swedish named-entity model</b> (finds names for pseudonymisation): trained "
               "by the project on the <i>Swedish manually annotated NER corpus</i> ({0}), "
               "sentences of <i>Webbnyheter 2012</i> from Språkbanken, University of "
               "Gothenburg, annotated by its authors. The corpus is licensed under Creative "
               "Commons Attribution 4.0 International ({1}); the model and its word list "
               "are shared under the same licence, CC BY 4.0. The corpus itself is not "
               "included.").format(link(NER_CORPUS_URL), link(CC_BY_URL, "CC BY 4.0")),
            self.tr("<b>First names and surnames</b> of many origins: the person lists of Faker "
               "(MIT licence). <b>Place names</b>: GeoNames (CC BY 4.0). <b>Swedish word "
               "forms</b>: the lemma table of spacy-lookups-data (MIT licence). <b>Word "
               "frequencies</b>: wordfreq (Apache-2.0; its data CC BY-SA 4.0)."),
            self.tr("<b>Demo project</b>: the interviews, people, schools and municipality are "
               "fiction written for qualcoder-htl; any likeness to real persons is "
               "accidental. Use it freely to try the program."),
            self.tr("<b>REFI-QDA</b> ({0}): the exchange format for NVivo, ATLAS.ti, MAXQDA and "
               "QualCoder. Its schemas and sample projects (MIT licence) are used by the "
               "tests only and are not part of the program.").format(link(REFI_URL)),
        ]
        rows = "".join(f"<tr><td>{escape(name)}</td><td>&nbsp;&nbsp;{escape(lic)}</td></tr>"
                       for name, lic in COMPONENTS)
        qt = self.tr("Qt and PySide6 are used under the GNU Lesser General Public License v3 "
                "({0}); they are shared libraries in the program folder that you may "
                "replace with your own build. Their source: {1}.").format(
                    link(LGPL_URL, "LGPL-3.0"), link(QT_SOURCE_URL))
        texts = self.tr("The full licence texts of the bundled components are in their "
                   "<i>.dist-info</i> folders inside the program folder (installed app) or "
                   "your Python environment.")
        bundled, components = self.tr("Bundled data"), self.tr("Components")
        return ("".join(f"<p>{x}</p>" for x in p)
                + f"<h3>{bundled}</h3>" + "".join(f"<p>{x}</p>" for x in data)
                + f"<h3>{components}</h3><table>{rows}</table>"
                + f"<p>{qt}</p><p>{texts}</p>")
