import Foundation

/// Lets whoever draws charts stop a drawing midway (a lesson's cell past its timeout): the
/// renderers ask between bounded pieces of work (a series, a row of a heatmap, a contour
/// level) and a drawing told to stop throws `PlotError.stopped`. Plot knows nothing of why:
/// the caller installs the question per thread (the Prelude, for each cell) and reports the
/// real reason itself, as for the tensor engine's `ComputeLimits`.
public enum DrawingStop {
    private static let key = "Plot.DrawingStop"

    /// The calling thread's question, or nil (never stop).
    public static var current: (@Sendable () -> Bool)? {
        get { (Thread.current.threadDictionary[key] as? Box)?.shouldStop }
        set { Thread.current.threadDictionary[key] = newValue.map(Box.init) }
    }

    /// Throws `PlotError.stopped` when the drawing on this thread must stop.
    static func check() throws {
        if let shouldStop = current, shouldStop() { throw PlotError.stopped }
    }

    private final class Box {
        let shouldStop: @Sendable () -> Bool
        init(_ shouldStop: @escaping @Sendable () -> Bool) { self.shouldStop = shouldStop }
    }
}

extension PlotError {
    /// The drawing was stopped by its caller (`DrawingStop`) before it was done.
    public static let stopped = PlotError("the chart's drawing was stopped before it was done")
}
