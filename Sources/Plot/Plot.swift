/// SVG charts for lessons: line, scatter, contour, heatmap, histogram and bar.
public enum PlotInfo {
    public static let name = "Plot"
}
