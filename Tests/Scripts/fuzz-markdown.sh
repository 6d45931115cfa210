#!/usr/bin/env bash
# A short run of the Markdown front end's fuzzer (scripts/fuzz-markdown): builds it with
# libFuzzer and fuzzes for FUZZ_SECONDS (default 60) from the course and the regression
# inputs. Fails on any crash, hang, broken invariant or input over 2 GB of memory.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec "$root/scripts/fuzz-markdown" "${FUZZ_SECONDS:-60}"
