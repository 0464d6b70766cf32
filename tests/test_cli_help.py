"""The command line speaks the interface language: every help text of the parser has a
Swedish text in the catalogue, ``--help`` under QHTL_LANG=sv shows it, and output lines and
errors follow the language."""
import argparse
import os
import subprocess
import sys

from qualcoder_htl.cli import build_parser
from qualcoder_htl.cli_help import HELP
from qualcoder_htl.core import messages


def _texts(parser):
    out = [parser.description] if parser.description else []
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            out.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            out += [c.help for c in action._choices_actions if c.help]
            for sub in dict.fromkeys(action.choices.values()):
                out += _texts(sub)
    return out


def test_every_help_text_has_a_swedish_text():
    messages.set_language("en")
    missing = [t for t in _texts(build_parser()) if t not in HELP]
    assert missing == []


def test_help_in_swedish_from_the_environment():
    env = {**os.environ, "QHTL_LANG": "sv"}
    out = subprocess.run([sys.executable, "-m", "qualcoder_htl", "import", "--help"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "dela inte upp i talarrepliker" in out.stdout
    assert "do not parse speaker turns" not in out.stdout
    try:
        messages.set_language("sv")
        parser = build_parser()
        assert "Koda och pseudonymisera" in parser.format_help()
        assert "{Respondentgrupp}_{Intervjunummer}" in " ".join(_texts(parser))
    finally:
        messages.set_language("en")


def _run(*args, lang="sv"):
    env = {**os.environ, "QHTL_LANG": lang}
    return subprocess.run([sys.executable, "-m", "qualcoder_htl", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_output_and_errors_in_swedish(tmp_path):
    path = tmp_path / "p.qhtl"
    out = _run("new", str(path))
    assert out.returncode == 0 and out.stdout.startswith("Skapade "), out
    out = _run("search", str(path), "barn")
    assert out.returncode == 0 and "0 träffar" in out.stderr, out
    out = _run("info", str(tmp_path / "saknas.qhtl"))
    assert out.returncode == 1 and out.stderr.startswith("fel: Ingen projektfil"), out
    out = _run("info", str(tmp_path / "saknas.qhtl"), lang="en")
    assert out.stderr.startswith("error: No project file"), out
