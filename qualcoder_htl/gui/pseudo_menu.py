"""The Pseudonymisation menu, and the wiring of the review panel into the window: its dock, the
suggestions overlay and the preview in the document, the document's context-menu entry."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _panel(w):
    return w.panels.get("pseudonymisation") if w.session is not None else None


def show_panel(w):
    panel = _panel(w)
    if panel is not None:
        dock = w.docks["pseudonymisation"]
        dock.show()
        dock.raise_()
    return panel


def detect(w):
    panel = show_panel(w)
    return panel.detect() if panel is not None else None


def mark_selection(w) -> bool:
    panel = _panel(w)
    if panel is None or w.document is None:
        return False
    if w.document.pseudo_preview.on:
        w.session.status.emit(translate("PseudoMenu", "Switch the preview off to mark text."))
        return False
    return panel.actions.mark_span(w.document.view)


def toggle_preview(w) -> None:
    panel = _panel(w)
    if panel is not None:
        panel.preview.setChecked(w.actions_.pseudo_preview.isChecked())
    else:
        w.actions_.pseudo_preview.setChecked(False)


def show_policy(w):
    panel = show_panel(w)
    return panel.show_policy() if panel is not None else None


def show_known(w):
    from .pseudo_known import show_known as run
    return run(w, w.session) if w.session is not None else None


def export_key(w):
    from .pseudo_dialogs import export_key as run
    return run(w, w.session) if w.session is not None else None


def export_copy(w):
    from .pseudo_dialogs import export_copy as run
    return run(w, w.session) if w.session is not None else None


def key_split(w):
    from .key_file_actions import split_key
    return split_key(w)


def key_join(w):
    from .key_file_actions import join_key
    return join_key(w)


def add_menu(w, bar, act, a) -> None:
    """Called by ``menus.build_menus`` with its ``act`` helper; the actions land on ``a``."""
    m = bar.addMenu(translate("Menus", "Pse&udonymisation"))
    act(m, translate("Menus", "&Detect identifiers"), lambda: detect(w), None, "pseudo_detect",
        tip=translate("Menus", "Find names, places, numbers and dates in every source"))
    act(m, translate("Menus", "&Mark the selection as an identifier…"),
        lambda: mark_selection(w), "Ctrl+Shift+P", "pseudo_mark",
        tip=translate("Menus", "For an identifier detection missed"))
    preview = act(m, translate("Menus", "&Preview the pseudonymised text"),
                  lambda: toggle_preview(w), "Ctrl+Alt+P", "pseudo_preview")
    preview.setCheckable(True)
    act(m, translate("Menus", "Replacement &policy…"), lambda: show_policy(w), None,
        "pseudo_policy")
    act(m, translate("Menus", "&Known identifiers…"), lambda: show_known(w), None, "pseudo_known",
        tip=translate("Menus", "The project's own participants, schools, places and workplaces"))
    m.addSeparator()
    act(m, translate("Menus", "Export the &key (CSV)…"), lambda: export_key(w), None,
        "pseudo_export_key", tip=translate("Menus", "Sensitive: keep it apart from shared data"))
    act(m, translate("Menus", "Export a pseudonymised &copy…"), lambda: export_copy(w), None,
        "pseudo_export_copy",
        tip=translate("Menus", "A project file with pseudonymised text only, to share"))
    m.addSeparator()
    act(m, translate("Menus", "Move the key to a separate &file…"), lambda: key_split(w), None,
        "pseudo_key_split", tip=translate("Menus", "The key and the original texts into a key "
                                          "file with its own passphrase"))
    act(m, translate("Menus", "&Bring the key back…"), lambda: key_join(w), None,
        "pseudo_key_join", tip=translate("Menus", "The key and the original texts back from "
                                         "the key file"))


def attach(window, session, panel) -> None:
    """Connect the panel to the document once both exist (``panels.make_docks``)."""
    from .pseudo_document import PreviewPane, SuggestionOverlay, text_menu_entries
    document = window.document
    panel.document = document
    from .key_file_actions import add_banner
    document.key_banner = add_banner(document, session)
    document.overlay = SuggestionOverlay(session, document.view, document)
    document.pseudo_preview = PreviewPane(session, document)
    document.text_menu_extras.append(text_menu_entries(panel.actions, document.view))
    dock = window.docks["pseudonymisation"]
    dock.visibilityChanged.connect(document.overlay.set_enabled)
    document.view.textChanged.connect(panel.source_opened)  # another source was opened
    action = getattr(window.actions_, "pseudo_preview", None)

    def preview(on: bool) -> None:
        document.pseudo_preview.set_on(on)
        if action is not None:
            action.setChecked(on)
    panel.preview.toggled.connect(preview)
    if action is not None:
        action.setChecked(False)
