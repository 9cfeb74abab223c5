#!/usr/bin/env bash
# README.md is assembled from these parts, one per feature: edit the parts, then run this.
set -euo pipefail
cd "$(dirname "$0")"
{
  for part in 00-top core ingest api accounts reading comments newsletter bench 99-code; do
    cat "$part.md"
    printf '\n'
  done
} > ../../README.md
