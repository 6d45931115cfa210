/// The style sheet every chart carries. Colours come from CSS custom properties the page may
/// set (--chart-fg, --chart-muted, --chart-grid, --chart-axis, --chart-bg, --chart-font); without
/// them, text and lines follow the page's text colour (currentColor), so a page that switches
/// themes by changing its colours switches the charts too. A chart opened on its own (the root
/// element) picks light or dark from the system preference, and paints its own background to
/// match, so it reads the same whatever the page around the image looks like (GitHub's light
/// and dark themes show a handout's chart files as images that cannot see the page's theme). Rules are scoped to .lsn-chart
/// because an inline SVG's <style> applies to the whole page.
enum Theme {
    static let css = """
    svg.lsn-chart{--lc-fg:var(--chart-fg,currentColor);\
    --lc-muted:var(--chart-muted,color-mix(in srgb,var(--lc-fg) 72%,transparent));\
    --lc-axis:var(--chart-axis,color-mix(in srgb,var(--lc-fg) 50%,transparent));\
    --lc-grid:var(--chart-grid,color-mix(in srgb,var(--lc-fg) 13%,transparent));\
    --lc-panel:var(--chart-bg,color-mix(in srgb,var(--lc-fg) 4%,transparent));\
    font-family:var(--chart-font,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif)}
    svg.lsn-chart:root{color:#222;color-scheme:light dark}
    .lsn-chart .lc-bg{fill:none}
    svg.lsn-chart:root .lc-bg{fill:#fff}
    @media (prefers-color-scheme:dark){svg.lsn-chart:root{color:#ddd}svg.lsn-chart:root .lc-bg{fill:#16181d}}
    .lsn-chart .lc-title{fill:var(--lc-fg);font-size:15px;font-weight:600}
    .lsn-chart .lc-label{fill:var(--lc-fg);font-size:13px}
    .lsn-chart .lc-tick{fill:var(--lc-muted);font-size:12px}
    .lsn-chart .lc-note{fill:var(--lc-muted);font-size:11px;font-style:italic}
    .lsn-chart .lc-legend{fill:var(--lc-fg);font-size:12px}
    .lsn-chart .lc-cell{font-size:11px}
    .lsn-chart .lc-grid{stroke:var(--lc-grid);stroke-width:1}
    .lsn-chart .lc-axis{stroke:var(--lc-axis);stroke-width:1}
    .lsn-chart .lc-box{fill:var(--lc-panel);stroke:var(--lc-grid)}
    .lsn-chart .lc-empty{fill:var(--lc-muted);font-size:13px}
    .lsn-chart .lc-st{stroke:var(--lc-c)}
    .lsn-chart .lc-sf{fill:var(--lc-c)}
    \(seriesRules)
    """

    /// Series colours blended with a touch of the text colour: a little darker on light pages,
    /// lighter on dark ones, so each keeps its contrast on both. Only a touch: the more of the
    /// same text colour every series takes, the more alike they look. The hex colours written
    /// as attributes are the unblended fallback.
    private static let seriesRules = Colors.series.enumerated().map { k, c in
        ".lsn-chart .lc-s\(k){--lc-c:color-mix(in srgb,\(c) 92%,var(--lc-fg))}"
    }.joined(separator: "\n")

    /// Fallback colours as presentation attributes, for renderers without CSS custom properties.
    static let fgFallback = "#222"
    static let bgFallback = "#fff"
    static let mutedFallback = "#555"
    static let gridFallback = "#e4e4e4"
    static let axisFallback = "#888"
}
