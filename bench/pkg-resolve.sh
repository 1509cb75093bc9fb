#!/usr/bin/env bash
# bench/pkg-resolve.sh: resolves a 1,500-package list against Debian bookworm main amd64 (about
# 63,000 packages) with SIS's resolver and with 'apt-get -s install', and compares time, peak
# memory and the resolved sets (see bench/README.md). Needs the built product (for its jars),
# GNU time, apt, and this machine's apt lists of bookworm main amd64 ('apt-get update' on a
# bookworm machine fetches them; PACKAGES=FILE names another copy of the index).
# Writes bench/target/pkg/results.md. CORE=DIR puts DIR (e.g. bundles/org.sisuite.core/target/classes)
# before the product's engine. 'bench/pkg-resolve.sh --make-list' also remakes
# bench/pkg/bookworm-1500.list (about 15 minutes of apt runs).
set -euo pipefail

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
. "$ROOT/releng/find-java.sh"
JAVA_HOME=$(sis_find_java) || exit 1
PLUGINS=$ROOT/product/target/products/org.sisuite.product/linux/gtk/x86_64/plugins
if ! ls "$PLUGINS"/org.sisuite.core_*.jar >/dev/null 2>&1; then
    echo "bench: the product is not built; build it with: (cd $ROOT && ./mvnw -B -DskipTests verify)" >&2
    exit 1
fi
if ! /usr/bin/time -f %e true >/dev/null 2>&1; then
    echo "bench: GNU time (/usr/bin/time) is missing; install it with: apt-get install time" >&2
    exit 1
fi
OUT=$ROOT/bench/target/pkg
LIST=$ROOT/bench/pkg/bookworm-1500.list
mkdir -p "$OUT/flat" "$OUT/classes"

# the index, once: from the machine's apt lists (what 'apt-get update' fetched), never from git
if [ ! -s "$OUT/flat/Packages" ]; then
    PACKAGES=${PACKAGES:-$(ls /var/lib/apt/lists/*_dists_bookworm_main_binary-amd64_Packages* 2>/dev/null | head -n 1)}
    if [ -z "$PACKAGES" ]; then
        echo "bench: no bookworm main amd64 index in /var/lib/apt/lists; give one with PACKAGES=FILE" >&2
        exit 1
    fi
    /usr/lib/apt/apt-helper cat-file "$PACKAGES" >"$OUT/flat/Packages"
fi

# apt sees the same world: that index alone, an empty status, no recommends, nothing of /etc/apt
APT=$OUT/apt
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$APT/etc/sources.list.d" "$APT/etc/apt.conf.d" "$APT/etc/preferences.d"
: >"$APT/status"
echo 'deb http://deb.debian.org/debian bookworm main' >"$APT/etc/sources.list"
ln -f "$OUT/flat/Packages" "$APT/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages" 2>/dev/null \
    || cp "$OUT/flat/Packages" "$APT/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages"
cat >"$OUT/apt.sh" <<APT
#!/bin/sh
exec apt-get -o Dir::State::status=$APT/status -o Dir::Etc::SourceList=$APT/etc/sources.list \\
    -o Dir::Etc::SourceParts=$APT/etc/sources.list.d -o Dir::Etc::Parts=$APT/etc/apt.conf.d \\
    -o Dir::Etc::PreferencesParts=$APT/etc/preferences.d -o Dir::Etc::Preferences=$APT/etc/preferences \\
    -o Dir::State::Lists=$APT/lists -o Dir::Cache=$APT/cache -o Dir::State=$APT \\
    -o Dir::State::extended_states=$APT/extended_states -o APT::Architecture=amd64 -o APT::Architectures=amd64 \\
    -o APT::Install-Recommends=false -o APT::Install-Suggests=false -o Debug::NoLocking=true "\$@"
APT
chmod +x "$OUT/apt.sh"

if [ "${1:-}" = "--make-list" ]; then
    python3 "$ROOT/bench/pkg/make-list.py" "$OUT/flat/Packages" "$OUT/apt.sh" 1500 >"$LIST"
fi

CLASSPATH=
for bundle in com.h2database org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi org.eclipse.emf.edit \
        org.eclipse.equinox.common org.eclipse.osgi org.sisuite.core org.sisuite.model org.apache.commons.commons-compress \
        org.apache.commons.commons-io org.apache.commons.lang3 org.tukaani.xz; do
    CLASSPATH=$CLASSPATH:$(ls "$PLUGINS/${bundle}"_*.jar | head -n 1)
done
CLASSPATH=${CLASSPATH#:}
# CORE=bundles/org.sisuite.core/target/classes measures the engine as just compiled, before the product
[ -z "${CORE:-}" ] || CLASSPATH=$CORE:$CLASSPATH
"$JAVA_HOME/bin/javac" -nowarn -d "$OUT/classes" -cp "$CLASSPATH" "$ROOT/bench/src/org/sisuite/bench/PkgResolveBench.java"

# apt builds its binary cache on the first run: warm it, so both sides parse or load the index once
"$OUT/apt.sh" -s -qq install base-files >/dev/null
/usr/bin/time -f '%e %M %U' -o "$OUT/apt.time" "$OUT/apt.sh" -s install $(grep -v '^#' "$LIST") >"$OUT/apt.out" 2>&1
rm -f "$APT/cache/"*.bin
/usr/bin/time -f '%e %M %U' -o "$OUT/apt-cold.time" "$OUT/apt.sh" -s install $(grep -v '^#' "$LIST") >/dev/null 2>&1
/usr/bin/time -f '%e %M %U' -o "$OUT/sis.time" "$JAVA_HOME/bin/java" -cp "$OUT/classes:$CLASSPATH" \
    org.sisuite.bench.PkgResolveBench "$OUT/flat" "$LIST" "$OUT/sis.set" >"$OUT/sis.out"

{
    echo "| resolver | wall s | user CPU s | peak RSS MB | packages |"
    echo "|---|---|---|---|---|"
    read -r wall rss user <"$OUT/apt-cold.time"
    echo "| apt-get -s install, cold (builds its binary cache from the index) | $wall | $user | $((rss / 1024)) | $(grep -c '^Inst' "$OUT/apt.out") |"
    read -r wall rss user <"$OUT/apt.time"
    echo "| apt-get -s install, warm (binary cache there) | $wall | $user | $((rss / 1024)) | $(grep -c '^Inst' "$OUT/apt.out") |"
    read -r wall rss user <"$OUT/sis.time"
    echo "| SIS (JVM start, read the index, resolve) | $wall | $user | $((rss / 1024)) | $(wc -l <"$OUT/sis.set") |"
    echo
    sed 's/^/    /' "$OUT/sis.out"
    echo
    python3 "$ROOT/bench/pkg/compare.py" "$OUT/apt.out" "$OUT/sis.set" | sed 's/^/    /'
} | tee "$OUT/results.md"
