/// Every way a tensor operation can fail. Thrown, never trapped: a lesson's bad input must
/// reach the user as a message, not crash the runner.
public struct TensorError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, for tests and for callers that react to one kind.
    public enum Kind: Equatable, Sendable {
        case shapeMismatch, invalidShape, indexOutOfRange, notAScalar, tooLarge
        case inPlaceOnRequiresGrad, noGradient, invalidArgument
    }
    public let kind: Kind
    /// The message shown to the user: it names the operation and, for shapes, both shapes.
    public let message: String
    public var description: String { message }

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    static func shapeMismatch(_ op: String, _ a: [Int], _ b: [Int], _ why: String = "") -> TensorError {
        TensorError(.shapeMismatch,
                    "\(op): shapes \(shapeText(a)) and \(shapeText(b)) are not compatible" + (why.isEmpty ? "" : " (\(why))"))
    }
}

/// `[2, 3]` for a shape; `[]` for a scalar tensor.
func shapeText(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
}
