import Foundation

/// An error in the data given to a chart, with a message a learner can act on.
public struct PlotError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// The message shown to the learner.
    public let message: String

    /// An error with the given message.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
    public var errorDescription: String? { message }

    /// Two sequences that must pair up element by element have different lengths.
    static func lengthMismatch(_ call: String, _ xName: String, _ xCount: Int, _ yName: String, _ yCount: Int) -> PlotError {
        PlotError("\(call): \(xName) has \(xCount) values but \(yName) has \(yCount); they must have the same length")
    }
}
