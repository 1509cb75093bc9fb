#!/usr/bin/env python3
"""compare.py APT_OUTPUT OURS: compares the packages 'apt-get -s install' would install (its Inst
lines) with the resolved set PkgResolveBench wrote ('name version arch' a line). Prints the sizes,
the symmetric difference by name and the packages both chose in different versions."""
import re
import sys

INST = re.compile(r"^Inst (\S+) (?:\[[^\]]*\] )?\((\S+) .*\[(\S+)\]\)")


def apt_set(path):
    chosen = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            match = INST.match(line)
            if match:
                chosen[match.group(1)] = (match.group(2), match.group(3))
    return chosen


def our_set(path):
    chosen = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            name, version, arch = line.split()
            chosen[name] = (version, arch)
    return chosen


def main():
    apt, ours = apt_set(sys.argv[1]), our_set(sys.argv[2])
    only_apt = sorted(set(apt) - set(ours))
    only_ours = sorted(set(ours) - set(apt))
    versions = sorted(n for n in set(apt) & set(ours) if apt[n][0] != ours[n][0])
    print(f"apt: {len(apt)} packages; sis: {len(ours)} packages; symmetric difference: {len(only_apt) + len(only_ours)}; "
          f"same name, other version: {len(versions)}")
    for name in only_apt:
        print(f"  only apt: {name} {apt[name][0]}")
    for name in only_ours:
        print(f"  only sis: {name} {ours[name][0]}")
    for name in versions:
        print(f"  version: {name} apt {apt[name][0]}, sis {ours[name][0]}")


if __name__ == "__main__":
    main()
