#!/usr/bin/env python3
"""The licence list of docs/licences.md, made from the CycloneDX SBOM the build writes.

    ./mvnw -B -ntp package -DskipTests && python3 tools/licences.py target/bom.json > docs/licences.md
"""
import json
import sys
from collections import defaultdict

OPEN = {"Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "CC0-1.0"}


def licences(component):
    names = []
    for entry in component.get("licenses", []):
        if "expression" in entry:
            names.append(entry["expression"])
            continue
        licence = entry.get("license", {})
        names.append(licence.get("id") or licence.get("name") or "unknown")
    return names or ["none declared"]


def main(path):
    bom = json.load(open(path))
    rows = sorted(
        (c.get("group", ""), c["name"], c.get("version", ""), " OR ".join(licences(c)))
        for c in bom.get("components", [])
    )
    by_licence = defaultdict(int)
    for row in rows:
        by_licence[row[3]] += 1
    print("# Licences")
    print()
    print("Every component the application ships with and its declared licence, from the CycloneDX")
    print("SBOM of the build (`target/bom.json`); regenerate with")
    print("`python3 tools/licences.py target/bom.json > docs/licences.md` (docs/operations.md).")
    print("Components not under a permissive licence alone are marked **review**.")
    print()
    print("| licence | components |")
    print("|---|---|")
    for licence, count in sorted(by_licence.items(), key=lambda item: (-item[1], item[0])):
        print(f"| {licence} | {count} |")
    print()
    print("| group | artifact | version | licence | |")
    print("|---|---|---|---|---|")
    for group, name, version, licence in rows:
        permissive = any(part in OPEN for part in licence.split(" OR "))
        print(f"| {group} | {name} | {version} | {licence} | {'' if permissive else '**review**'} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/bom.json")
