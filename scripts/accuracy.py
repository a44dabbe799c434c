#!/usr/bin/env python3
"""Cell accuracy of the readers (docs/BENCHMARKS.md): every report in tests/data/samples/ with an
.expected.json, and the DOCX/PDF fixtures made from them, parsed by `gongkai report parse --json`
and compared cell by cell (a blank cell must be null; an unreadable file counts every cell
wrong), and the error codes of `report check` compared with the .findings.json.
Usage: scripts/accuracy.py [GONGKAI_BINARY]"""
import json
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
binary = sys.argv[1] if len(sys.argv) > 1 else str(root / "build" / "gongkai")
samples = root / "tests" / "data" / "samples"
fixtures = root / "tests" / "data" / "fixtures"


def cells(value, path=""):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from cells(inner, f"{path}.{key}")
    else:
        yield path, value


def measure(file, expected_name):
    expected = json.loads((samples / f"{expected_name}.expected.json").read_text())
    want = {p: v for part in ("proactive", "applications", "appeals")
            for p, v in cells(expected[part], part)}
    run = subprocess.run([binary, "report", "parse", "--json", str(file)], capture_output=True, text=True)
    got = {}
    if run.returncode == 0:
        actual = json.loads(run.stdout)
        got = {p: v for part in ("proactive", "applications", "appeals")
               for p, v in cells(actual.get(part, {}), part)}
    right = sum(1 for p, v in want.items() if got.get(p, "missing") == v)
    check = subprocess.run([binary, "report", "check", "--json", str(file)], capture_output=True, text=True)
    errors = set()
    if check.stdout.strip():
        result = json.loads(check.stdout)
        errors = {f["code"] for f in result.get("findings", []) if f.get("severity") == "error"}
    findings = json.loads((samples / f"{expected_name}.findings.json").read_text())
    readable = run.returncode == 0
    return right, len(want), readable and errors == set(findings["errors"]), readable


rows = []
for expected in sorted(samples.glob("*.expected.json")):
    name = expected.name[: -len(".expected.json")]
    rows.append((f"samples/{name}.txt", *measure(samples / f"{name}.txt", name)))
for fixture in sorted(fixtures.glob("*")):
    rows.append((f"fixtures/{fixture.name}", *measure(fixture, fixture.stem)))

total_right = sum(r[1] for r in rows)
total = sum(r[2] for r in rows)
print(f"{'file':48} {'cells exact':>14} {'errors right':>13}")
for file, right, count, errors_right, readable in rows:
    note = "" if readable else "  (unreadable)"
    print(f"{file:48} {right:>6}/{count:<6}  {'yes' if errors_right else 'no':>11}{note}")
print(f"{'all':48} {total_right:>6}/{total:<6} = {100.0 * total_right / total:.1f} %; "
      f"error findings right in {sum(1 for r in rows if r[3])}/{len(rows)} files")
