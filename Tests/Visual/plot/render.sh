#!/bin/sh
# Renders the Plot visual test page (every chart kind) to PNG, light and dark, with headless
# Chromium. Not part of CI: run it, then look at output/plot-visual/*.png.
#   Tests/Visual/plot/render.sh [OUT_DIR]
set -eu
cd "$(dirname "$0")/../../.."
OUT="${1:-output/plot-visual}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
command -v chromium >/dev/null || { echo "installing chromium"; apt-get install -y chromium; }
PLOT_VISUAL_OUT="$OUT" swift test --filter PlotTests.VisualPageTests
for page in "$OUT"/light-*.html "$OUT"/dark-*.html; do
  png="${page%.html}.png"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1400,920 --screenshot="$png" "file://$page" 2>/dev/null
  echo "wrote $png"
done
# A chart opened on its own follows the system theme.
for scheme in light:1 dark:0; do
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=660,420 \
    --blink-settings=preferredColorScheme="${scheme#*:}" --screenshot="$OUT/standalone-${scheme%:*}.png" \
    "file://$OUT/contour.svg" 2>/dev/null
  echo "wrote $OUT/standalone-${scheme%:*}.png"
done
