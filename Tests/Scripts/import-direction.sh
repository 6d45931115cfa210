#!/usr/bin/env bash
# Imports point one way only (issue 11), read from the sources so that it stays true:
#   LessonCLI -> Lesson, Prelude, Preview (and CellProtocol)
#   Preview   -> Lesson (and CellProtocol)
#   Prelude   -> Script, TensorEngine, Plot (and CellProtocol)
#   LessonKit -> TensorEngine, Plot, CellProtocol: the lesson API for compiled Swift, never
#                the language
#   Lesson    -> documents and outputs: CellProtocol, TeXMath, the C libraries; never
#                Prelude, Script or an engine
#   Script    -> CellProtocol only; TensorEngine, Plot, TeXMath and CellProtocol import
#                no module of the project.
# A module not listed here (a new one) must be added to the table before it may be imported.
# Also checks itself: a forbidden import in a scratch copy must be reported.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

# The project's modules that each module may import (third-party and system modules are free).
allowed() {
  case "$1" in
    LessonCLI) echo "Lesson Prelude Preview CellProtocol" ;;
    LessonBench) echo "Lesson Prelude Script TensorEngine Plot CellProtocol" ;;
    Preview) echo "Lesson CellProtocol" ;;
    Prelude) echo "Script TensorEngine Plot CellProtocol" ;;
    LessonKit) echo "TensorEngine Plot CellProtocol" ;;
    Lesson) echo "CellProtocol TeXMath CMarkGFM CLibCrypto" ;;
    Script) echo "CellProtocol" ;;
    TensorEngine) echo "CBLAS CSleef" ;;
    Plot | TeXMath | CellProtocol) echo "" ;;
    *) echo "?" ;;
  esac
}

# Prints one `file:line: error: ...` per import that points the wrong way; exit 1 if any.
check() {
  local sources="$1" bad=0 modules module file line name
  modules=" $(cd "$sources" && ls -d */ | tr -d / | tr '\n' ' ') "
  for dir in "$sources"/*/; do
    module="$(basename "$dir")"
    local ok; ok=" $(allowed "$module") "
    while IFS= read -r hit; do
      [ -n "$hit" ] || continue
      file="${hit%%:*}"; rest="${hit#*:}"; line="${rest%%:*}"
      name="$(sed -E 's/^[[:space:]]*(@[_a-zA-Z]+[[:space:]]+)*import[[:space:]]+((typealias|struct|class|enum|protocol|let|var|func)[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*).*/\4/' <<<"${rest#*:}")"
      [[ "$modules" == *" $name "* ]] || continue          # not one of ours
      [ "$name" = "$module" ] && continue
      if [ "$ok" = " ? " ]; then
        echo "${file#"$sources"/}:$line: error: module $module is not in import-direction.sh's table"; bad=1
      elif [[ "$ok" != *" $name "* ]]; then
        echo "${file#"$sources"/}:$line: error: $module must not import $name"; bad=1
      fi
    done < <(grep -rnE '^[[:space:]]*(@[_a-zA-Z]+[[:space:]]+)*import[[:space:]]' "$dir" --include='*.swift' || true)
  done
  return $bad
}

check "$root/Sources" || { echo "import-direction: imports point the wrong way (see above)" >&2; exit 1; }

# The check must be able to fail: a scratch tree where Lesson imports Prelude.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/Lesson" "$scratch/Prelude" "$scratch/Plot"
printf 'import Foundation\nimport CellProtocol\n' > "$scratch/Lesson/Good.swift"
printf 'import Foundation\n@testable import Prelude\n' > "$scratch/Lesson/Bad.swift"
printf 'import Foundation\n' > "$scratch/Prelude/P.swift"
printf 'import struct Prelude.Thing\n' > "$scratch/Plot/Up.swift"
if out="$(check "$scratch")"; then
  echo "import-direction: the check passed a tree where Lesson imports Prelude" >&2; exit 1
fi
grep -q "Lesson/Bad.swift:2: error: Lesson must not import Prelude" <<<"$out" \
  || { echo "import-direction: missed Lesson -> Prelude: $out" >&2; exit 1; }
grep -q "Plot/Up.swift:1: error: Plot must not import Prelude" <<<"$out" \
  || { echo "import-direction: missed 'import struct Prelude.Thing': $out" >&2; exit 1; }
grep -q "Good.swift" <<<"$out" && { echo "import-direction: flagged a good import: $out" >&2; exit 1; }
echo "import-direction: imports point one way"
