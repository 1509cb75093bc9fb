#!/usr/bin/env bash
# bench/monitor.sh [CLIENTS [LINES]]: the install monitor under a flood (docs/PERFORMANCE.md).
# CLIENTS clients (default 5,000) connect at once over loopback TCP, each on its own connection,
# and send LINES status lines (default 20) and as many log lines, as fast as the sockets take
# them, to a monitor with a real database; prints the messages per second, the database flushes
# and the memory. Runs bench/src/org/sisuite/bench/MonitorBench.java on a plain classpath of the
# product's jars (build it first: ./mvnw -B -DskipTests verify), in a temporary directory that it
# removes. Needs 2 x CLIENTS file descriptors (ulimit -n). Run nothing else meanwhile.
# BENCH_JAVA_OPTS passes JVM options (e.g. -Xmx256m to see how little heap the monitor needs).
set -euo pipefail

CLIENTS=${1:-5000}
LINES=${2:-20}
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
. "$ROOT/releng/find-java.sh"
JAVA_HOME=$(sis_find_java) || exit 1
# The jars: the product's when it is built; else the engine build's own (./mvnw -B -o -pl
# targetplatform,bundles/org.sisuite.model,bundles/org.sisuite.model.edit,bundles/org.sisuite.core
# verify -DskipTests) with the third-party jars of the local Maven repository.
PLUGINS=$ROOT/product/target/products/org.sisuite.product/linux/gtk/x86_64/plugins
CLASSPATH=
if ls "$PLUGINS"/org.sisuite.core_*.jar >/dev/null 2>&1; then
    for bundle in com.h2database org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi \
            org.eclipse.equinox.common org.eclipse.osgi org.sisuite.core org.sisuite.model; do
        CLASSPATH=$CLASSPATH:$(ls "$PLUGINS/${bundle}"_*.jar | head -n 1)
    done
elif ls "$ROOT"/bundles/org.sisuite.core/target/org.sisuite.core-*.jar >/dev/null 2>&1; then
    CLASSPATH=$(ls "$ROOT"/bundles/org.sisuite.core/target/org.sisuite.core-*.jar):$(ls "$ROOT"/bundles/org.sisuite.model/target/org.sisuite.model-*.jar)
    for jar in 'h2-2*.jar' 'org.eclipse.emf.common-*.jar' 'org.eclipse.emf.ecore-2*.jar' 'org.eclipse.emf.ecore.xmi-*.jar' \
            'org.eclipse.equinox.common-*.jar' 'org.eclipse.osgi-3*.jar'; do
        CLASSPATH=$CLASSPATH:$(find "$HOME/.m2/repository" -name "$jar" -not -name '*sources*' | sort -V | tail -n 1)
    done
else
    echo "bench: build the product (./mvnw -B -DskipTests verify) or at least the engine (see bench/README.md)" >&2
    exit 1
fi
CLASSPATH=${CLASSPATH#:}
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((2 * CLIENTS + 500)) ]; then
    echo "bench: $CLIENTS clients need $((2 * CLIENTS + 500)) file descriptors; ulimit -n is $(ulimit -n)" >&2
    exit 1
fi
OUT=$ROOT/bench/target
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sis-monitor-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$OUT/classes" -cp "$CLASSPATH" "$ROOT"/bench/src/org/sisuite/bench/MonitorBench.java
echo "install monitor benchmark: $CLIENTS clients x $LINES reports, $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -cp "$CLASSPATH:$OUT/classes" org.sisuite.bench.MonitorBench "$WORK" "$CLIENTS" "$LINES" | tee "$OUT/monitor.txt"
