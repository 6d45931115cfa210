#!/usr/bin/env bash
# A short run (60 s, FUZZ_SECONDS to change it) of the language front end's libFuzzer
# fuzzer (scripts/fuzz-language): first every known crasher in
# Tests/Fuzz/Language/Regressions must run cleanly, then new inputs grown from the
# course's cells must not crash, hang or pass the memory limit.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec "$root/scripts/fuzz-language" "${FUZZ_SECONDS:-60}"
