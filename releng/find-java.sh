#!/bin/sh
# Prints the JAVA_HOME of a Java 21 or newer, or explains on stderr and exits 1.
# Order: $JAVA_HOME if set, then /usr/lib/jvm/temurin-25-jdk-amd64.
# Used by ./sis and .ci/run; source it or run it: JAVA_HOME=$(releng/find-java.sh)

sis_java_feature() {
    # The feature release of the JDK at $1 (25 for "25.0.3"), read from its release file.
    [ -r "$1/release" ] || return 1
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)"/\1/p' "$1/release")
    case "$version" in 1.*) version=${version#1.} ;; esac
    echo "${version%%.*}"
}

sis_find_java() {
    for candidate in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/temurin-25-jdk-amd64; do
        feature=$(sis_java_feature "$candidate") || {
            echo "sis: $candidate is not a JDK (no readable release file)" >&2; continue; }
        if [ "$feature" -ge 21 ] 2>/dev/null && [ -x "$candidate/bin/java" ]; then
            echo "$candidate"
            return 0
        fi
        echo "sis: $candidate is Java $feature; SIS Workbench needs Java 21 or newer" >&2
    done
    echo "sis: no Java 21+ found. Install one (e.g. Temurin 25 in /usr/lib/jvm/temurin-25-jdk-amd64) or set JAVA_HOME to it." >&2
    return 1
}

# run directly (not sourced): print the result
case "$0" in
    *find-java.sh) sis_find_java ;;
esac
