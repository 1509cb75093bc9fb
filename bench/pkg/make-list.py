#!/usr/bin/env python3
"""make-list.py PACKAGES APT SIZE: a package list of SIZE names that apt installs together.

Deterministic: every package of priority required, important and standard, then leaf packages
(no other package Depends, Pre-Depends or Recommends on them; not debug, transitional or
library-only; no Conflicts, Breaks, Provides or Replaces of their own, where most refusals come from) in the order of the SHA-256 of their names. Each batch of candidates is checked
with APT (a wrapper around 'apt-get -s install' against the same index from an empty status);
the packages apt blames for refusing a batch are dropped (a batch refused for other reasons is
split in halves).
Prints the list on stdout, one name a line, in the order chosen.
"""
import hashlib
import re
import subprocess
import sys


def stanzas(path):
    with open(path, encoding="utf-8", errors="replace") as index:
        fields = {}
        last = None
        for line in index:
            if line == "\n":
                if fields:
                    yield fields
                fields, last = {}, None
            elif line[0] in " \t":
                if last:
                    fields[last] += line
            else:
                key, _, value = line.partition(":")
                last = key.lower()
                fields[last] = value.strip()
        if fields:
            yield fields


def names(relation):
    return [re.split(r"[\s(:\[]", alternative.strip())[0]
            for clause in relation.split(",") for alternative in clause.split("|") if alternative.strip()]


BLAMED = re.compile(r"^ (\S+) : |Unable to locate package (\S+)|Package '?([^' ]+)'? has no installation candidate", re.M)


def refusal(apt, packages):
    """None when apt installs the packages together, else the names its error output blames."""
    run = subprocess.run([apt, "-s", "-qq", "install", *packages], capture_output=True, text=True)
    if run.returncode == 0:
        return None
    return {next(g for g in m.groups() if g) for m in BLAMED.finditer(run.stdout + run.stderr)}


def keep(apt, base, batch):
    """The members of batch that apt accepts together with base: the packages apt blames are
    dropped; when it blames none of the batch, the batch is halved."""
    while batch:
        blamed = refusal(apt, base + batch)
        if blamed is None:
            return batch
        remaining = [name for name in batch if name not in blamed]
        if len(remaining) == len(batch):
            break
        print(f"make-list: apt refuses {sorted(set(batch) - set(remaining))}", file=sys.stderr)
        batch = remaining
    if len(batch) <= 1:
        return []
    half = len(batch) // 2
    first = keep(apt, base, batch[:half])
    return first + keep(apt, base + first, batch[half:])


def main():
    path, apt, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
    packages = {}
    needed = set()
    for fields in stanzas(path):
        packages.setdefault(fields["package"], fields)
        for field in ("depends", "pre-depends", "recommends"):
            needed.update(names(fields.get(field, "")))
    base = sorted(n for n, f in packages.items() if f.get("priority") in ("required", "important", "standard"))
    base = keep(apt, [], base)
    leaves = []
    for name, fields in packages.items():
        description = fields.get("description", "").lower()
        if (name in needed or fields.get("priority") != "optional" or name.endswith(("-dbg", "-dbgsym", "-doc"))
                or any(field in fields for field in ("conflicts", "breaks", "provides", "replaces"))
                or fields.get("section", "") in ("oldlibs", "debug", "libs", "libdevel", "doc", "kernel")
                or "transitional" in description or "dummy" in description):
            continue
        leaves.append(name)
    leaves.sort(key=lambda n: hashlib.sha256(n.encode()).hexdigest())
    chosen = list(base)
    position = 0
    while len(chosen) < size and position < len(leaves):
        batch = leaves[position:position + min(100, size - len(chosen))]
        position += len(batch)
        chosen += keep(apt, chosen, batch)
        print(f"make-list: {len(chosen)} of {size} after {position} candidates", file=sys.stderr)
    print("\n".join(chosen))


if __name__ == "__main__":
    main()
