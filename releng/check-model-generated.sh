#!/bin/sh
# Fails (exit 1) when the committed generated EMF code is not exactly what the model produces:
# regenerates (releng/generate-model.sh), then lists every generated path that git sees changed
# or new. Fix: run releng/generate-model.sh and commit the result; never edit src-gen by hand.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# What the generator owns (see releng/emf-codegen/.../GenerateModel.java).
paths="bundles/org.sisuite.model/src-gen
bundles/org.sisuite.model.edit/src-gen
bundles/org.sisuite.model/plugin.xml
bundles/org.sisuite.model/plugin.properties
bundles/org.sisuite.model.edit/plugin.xml
bundles/org.sisuite.model.edit/plugin.properties
bundles/org.sisuite.model.edit/icons
bundles/org.sisuite.model/model/sis.genmodel"

if ! releng/generate-model.sh "$@"; then
    echo "check-model-generated: the generator failed" >&2
    exit 1
fi

# shellcheck disable=SC2086 # the paths contain no blanks; split on newlines on purpose
changes=$(git status --porcelain --untracked-files=all -- $paths)
if [ -n "$changes" ]; then
    echo "check-model-generated: generated EMF code differs from what model/sis.genmodel produces:" >&2
    echo "$changes" >&2
    echo "Run releng/generate-model.sh and commit the result (never edit src-gen by hand)." >&2
    exit 1
fi
echo "check-model-generated: generated EMF code is up to date."
