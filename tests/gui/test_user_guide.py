"""Help ▸ User guide: F1 opens the guide in the interface language, with a heading for each
main task, and every menu command the guide names is a real command of the window."""
import re

import pytest
from PySide6.QtCore import Qt

from qualcoder_htl.gui import settings
from qualcoder_htl.gui.help_window import GuideDialog, guide_path

TASKS = {"sv": ["Importera", "Koda", "Pseudonymisera", "Analysera", "Exportera",
                "Arbeta i team"],
         "en": ["Import", "Code", "Pseudonymise", "Analyse", "Export", "Team work"]}


@pytest.fixture
def interface(request):
    translation = settings.Translation()
    assert translation.apply(request.param)
    yield request.param
    translation.apply("en")


def headings(document, level: int) -> list[str]:
    out = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == level:
            out.append(block.text())
        block = block.next()
    return out


def menu_commands(window) -> set[tuple[str, str]]:
    """(menu, command) of every action in the menu bar, without the & of the mnemonics."""
    out = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else ():
            out.add((menu_action.text().replace("&", ""), action.text().replace("&", "")))
    return out


@pytest.mark.parametrize("interface", ["sv", "en"], indirect=True)
def test_f1_opens_the_guide_in_the_interface_language(qtbot, make_window, interface):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.findChild(GuideDialog) is None
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    guide = window.findChild(GuideDialog)
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert guide.language == interface
    assert guide.windowTitle() == {"sv": "Användarguide", "en": "User guide"}[interface]
    assert window.actions_.guide.text().replace("&", "") == guide.windowTitle()
    assert guide.browser.source().toLocalFile() == str(guide_path(interface))
    document = guide.browser.document()
    assert headings(document, 2) == TASKS[interface]
    assert headings(document, 1) == [{"sv": "Användarguide", "en": "User guide"}[interface]]
    # the contents line links to each task's heading
    html = guide_path(interface).read_text(encoding="utf-8")
    links = re.findall(r'<a href="#(\w+)">([^<]+)</a>', html)
    assert [text for _, text in links] == TASKS[interface]
    assert all(f'<h2 id="{anchor}">{text}</h2>' in html for anchor, text in links)
    # F1 again shows the same window, not a second one
    window.activateWindow()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    assert len(window.findChildren(GuideDialog)) == 1
    guide.close()


@pytest.mark.parametrize("interface", ["sv", "en"], indirect=True)
def test_the_guide_names_real_menu_commands(make_window, interface):
    """Every 'Menu ▸ Command' the guide mentions exists, spelt as the window shows it."""
    window = make_window(show=False)
    commands = menu_commands(window)
    html = guide_path(interface).read_text(encoding="utf-8")
    named = [" ".join(m.split()) for m in re.findall(r'<span class="menu">(.*?)</span>', html,
                                                      re.S)]
    assert len(named) >= 15
    for path in named:
        menu, command = path.split(" ▸ ")
        assert (menu, command) in commands, path


def test_the_help_menu_opens_the_guide_and_keeps_the_shortcuts(make_window):
    window = make_window(show=False)
    actions = window.actions_
    assert actions.guide.shortcut().toString() == "F1"
    assert actions.shortcuts.shortcut().toString() == "Shift+F1"
    actions.guide.trigger()
    guide = window.findChild(GuideDialog)
    assert guide.language == "en" and headings(guide.browser.document(), 2) == TASKS["en"]
    assert not guide.browser.document().find("REFI-QDA").isNull()
    guide.close()
