#!/bin/sh
# Regenerates the EMF code of the SIS model from bundles/org.sisuite.model/model/sis.genmodel:
#   bundles/org.sisuite.model/src-gen, bundles/org.sisuite.model.edit/src-gen,
#   plugin.xml and plugin.properties of both bundles, missing icons of the edit bundle,
#   and the genmodel itself when the ecore gained or lost classes or features.
# Runs the standalone generator of releng/emf-codegen (plain Maven, not Tycho). Deterministic:
# running it twice changes nothing the second time.
# Usage: releng/generate-model.sh [extra Maven arguments, e.g. -o]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
JAVA_HOME=$("$root/releng/find-java.sh")
export JAVA_HOME
exec "$root/mvnw" -f "$root/releng/emf-codegen/pom.xml" -B -q "$@" compile exec:java
