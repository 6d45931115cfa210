#!/usr/bin/env bash
# Checks in headless Chromium that formulas in a lesson's HTML handout are really drawn as
# mathematics (MathML Core, no script): each formula is rendered alone on a bare page and
# the height of its ink is compared with that of a single letter — a fraction, a column
# vector and a sum with limits must stand taller than a line of text, as they do only when
# the browser lays out MathML. Also renders a page of every construct the lessons use
# (saved for people to look at when VISUAL_OUT is set) and checks that a formula that
# cannot be read is a warning at file:line while the page is still made.
# Skips (exit 0) when Chromium is not installed; installs it first when running as root
# with VISUAL_INSTALL=1 (CI sets neither, so CI runs it where Chromium is already present).
# VISUAL_CHROMIUM_FLAGS adds Chromium flags. A control shows the measure can fail: the
# fraction's page with its MathML elements renamed to spans must NOT stand tall.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
LESSON="${LESSON:-$root/.build/release/lesson}"
[ -x "$LESSON" ] || { echo "visual-math.sh: no lesson binary at $LESSON (swift build -c release)" >&2; exit 2; }

chromium=""
for c in chromium chromium-browser google-chrome; do command -v "$c" >/dev/null && { chromium="$c"; break; }; done
if [ -z "$chromium" ] && [ "${VISUAL_INSTALL:-0}" = 1 ] && [ "$(id -u)" = 0 ]; then
    apt-get install -y chromium >/dev/null 2>&1 || true
    command -v chromium >/dev/null && chromium=chromium
fi
if [ -z "$chromium" ]; then
    echo "visual-math.sh: skipped (no Chromium; VISUAL_INSTALL=1 installs it)"
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="${VISUAL_OUT:-$work/shots}"
mkdir -p "$out" "$work/bare"

# A bare page: the handout's own style, nothing around the content, so the ink in a
# screenshot is the formula's.
cat > "$work/bare/page.mustache" <<'TEMPLATE'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><style>{{> style}}
body { margin: 0; } .page { padding: 8px; } .math-display { margin: 0; }</style></head>
<body><div class="page"><main class="lesson">{{{content}}}</main></div></body></html>
TEMPLATE

shot() {  # html png width height [extra flags]
    "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$3,$4" ${5:-} ${VISUAL_CHROMIUM_FLAGS:-} --screenshot="$2" "file://$1" >/dev/null 2>&1
    [ -s "$2" ] || { echo "visual-math.sh: Chromium made no screenshot of $1" >&2; exit 1; }
}

status=0
declare -A height
for name in letter fraction vector sum root; do
    case $name in
        letter)   tex='b' ;;
        fraction) tex='\frac{a}{b}' ;;
        vector)   tex='\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}' ;;
        sum)      tex='\sum_{i=1}^{n} i' ;;
        root)     tex='\sqrt{\frac{1}{x}}' ;;
    esac
    printf '$$\n%s\n$$\n' "$tex" > "$work/$name.md"
    "$LESSON" run "$work/$name.md" --out "$work/html" --format html --no-timings --template "$work/bare" >/dev/null 2>"$work/$name.log" \
        || { echo "visual-math.sh: lesson run failed on $name:" >&2; cat "$work/$name.log" >&2; exit 1; }
    grep -q '<math display="block">' "$work/html/$name.html" || { echo "visual-math.sh: $name: no <math> in the page" >&2; status=1; }
    shot "$work/html/$name.html" "$out/$name.png" 400 200
    read -r w h < <(python3 "$here/png_ink.py" "$out/$name.png")
    height[$name]=$h
    echo "  $name: ink ${w}x${h} px"
done

check_taller() {  # name factor
    local h=${height[$1]} base=${height[letter]}
    if [ "$base" -le 0 ] || ! python3 -c "import sys; sys.exit(0 if $h >= $2 * $base else 1)"; then
        echo "visual-math.sh: $1 is $h px tall, not ≥ $2 × a letter's $base px: MathML was not laid out" >&2
        status=1
    fi
}
# The control: the same page with no MathML element left is a line of text.
perl -0pe 's/<annotation[^>]*>.*?<\/annotation>//gs; s/<(\/?)(math|semantics|mrow|mfrac|mi|mn|mo)\b/<$1span/g' \
    "$work/html/fraction.html" > "$work/html/fraction-as-text.html"
shot "$work/html/fraction-as-text.html" "$out/fraction-as-text.png" 400 200
read -r w h < <(python3 "$here/png_ink.py" "$out/fraction-as-text.png")
echo "  fraction without MathML (control): ink ${w}x${h} px"
if ! python3 -c "import sys; sys.exit(0 if $h < 1.5 * ${height[letter]} else 1)"; then
    echo "visual-math.sh: the control (no MathML) is $h px tall: the measure cannot tell MathML from text" >&2
    status=1
fi
check_taller fraction 1.8
check_taller vector 2.5
check_taller sum 2.0
check_taller root 1.8

# Every construct the lessons use, in one page, light and dark; and a broken formula.
cat > "$work/formulas.md" <<'LESSON'
# Formulas

Inline $\sigma(z) = \frac{1}{1 + e^{-z}}$, $x \in \mathbb{R}^n$, $\hat{y}$, $\vec{v}$, $\bar{x}$ and money: $5 and $10.

$$
\mathcal{L}(w) = -\frac{1}{N} \sum_{i=1}^{N} \Bigl( y_i \log \hat{y}_i + (1 - y_i) \log(1 - \hat{y}_i) \Bigr) \label{bce}
$$

$$
\begin{align}
\frac{\partial L}{\partial w} &= 2x(xw - y) \label{grad} \\
w &\leftarrow w - \alpha \nabla_w L
\end{align}
$$

$$
\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\left( \frac{Q K^\top}{\sqrt{d_k}} \right) V,
\qquad
W = \begin{bmatrix} w_{11} & w_{12} \\ w_{21} & w_{22} \end{bmatrix},
\qquad
\operatorname{ReLU}(x) = \begin{cases} x & x > 0 \\ 0 & \text{otherwise} \end{cases}
$$

See $\eqref{bce}$ and @eq-grad. A broken one: $\frac{1}{$.

> [!TIP]
> Callouts hold math: $\lim_{x \to 0} \frac{\sin x}{x} = 1$.

> [!WARNING]
> Shapes must match[^shapes].

[^shapes]: Or broadcast.
LESSON
rc=0
"$LESSON" run "$work/formulas.md" --out "$work/html" --format html --no-timings 2>"$work/formulas.log" >/dev/null || rc=$?
[ "$rc" = 0 ] || { echo "visual-math.sh: the formula page failed (exit $rc)" >&2; cat "$work/formulas.log" >&2; status=1; }
broken_line=$(grep -n "A broken one" "$work/formulas.md" | cut -d: -f1)
grep -q "formulas.md:$broken_line:[0-9]*: warning: cannot read the formula" "$work/formulas.log" \
    || { echo "visual-math.sh: no file:line warning for the broken formula:" >&2; cat "$work/formulas.log" >&2; status=1; }
grep -q 'class="math-error"' "$work/html/formulas.html" || { echo "visual-math.sh: the broken formula is not shown as TeX" >&2; status=1; }
shot "$work/html/formulas.html" "$out/formulas.png" 900 1100
shot "$work/html/formulas.html" "$out/formulas-dark.png" 900 1100 "--force-dark-mode --blink-settings=preferredColorScheme=0"
read -r w h < <(python3 "$here/png_ink.py" "$out/formulas.png")
[ "$h" -gt 300 ] || { echo "visual-math.sh: the formula page looks empty (${w}x${h} px of ink)" >&2; status=1; }

if [ "$status" = 0 ]; then
    echo "visual-math.sh: ok (fraction, vector, sum and root are laid out as MathML in Chromium; the broken formula is a warning at file:line${VISUAL_OUT:+; screenshots in $out})"
fi
exit "$status"
