#!/usr/bin/env python3
"""Writes docs/commands.md from docs/commands.template.md: runs every `$` line of its console
blocks in order, in a fresh folder with the repository's Samples/ and Glossaries/ beside, and
puts each command's standard output under it. DocsTests checks the result stays true."""
import os, pathlib, shutil, subprocess, sys, tempfile

root = pathlib.Path(__file__).resolve().parent.parent
binary = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / ".build/debug/dragoman").resolve()
work = pathlib.Path(tempfile.mkdtemp())
for name in ["Samples", "Glossaries"]:
    os.symlink(root / name, work / name)
lines, out, in_console = (root / "docs/commands.template.md").read_text().splitlines(), [], False
for line in lines:
    out.append(line)
    if line.startswith("```console"):
        in_console = True
    elif line.startswith("```"):
        in_console = False
    elif in_console and line.startswith("$ "):
        script = f'set -o pipefail; dragoman() {{ "{binary}" "$@"; }}; {line[2:]}'
        result = subprocess.run(["bash", "-c", script], cwd=work, capture_output=True, text=True,
                                env={**os.environ, "USER": "translator"})
        shown = result.stdout[:-1] if result.stdout.endswith("\n") else result.stdout
        out.extend(shown.split("\n") if result.stdout else [])
(root / "docs/commands.md").write_text("\n".join(out) + "\n")
shutil.rmtree(work)
