// What the Prelude binds, written down as it binds it: each function, type, initialiser,
// method, property, operator and subscript with its argument labels. This is the lesson
// API as the interpreter knows it; LessonKit (the same API as a compiled Swift library)
// must declare every one of them, which LessonKitTests checks against LessonKit's symbol
// graph — so the two cannot drift apart.

import Script

/// The Prelude's library API, one declaration per binding.
public enum LibraryDeclarations {
    /// One binding: `Tensor.zeros(_:requiresGrad:)` is a static method of `Tensor` named
    /// `zeros` with labels `["_", "requiresGrad"]`.
    public struct Declaration: Hashable, CustomStringConvertible {
        public enum Kind: String, Hashable {
            case function, type, initializer, method, staticMethod, property, binaryOperator, prefixOperator, compoundAssignment, `subscript`, sequence
        }

        public let kind: Kind
        /// The type it belongs to (nil for a free function).
        public let type: String?
        /// The function, member or operator name; for a type, its name.
        public let name: String
        /// Argument labels (`_` for none), for callables.
        public let labels: [String]
        /// For a type: the type it inherits from, if any.
        public let superType: String?

        public init(kind: Kind, type: String?, name: String, labels: [String], superType: String?) {
            self.kind = kind
            self.type = type
            self.name = name
            self.labels = labels
            self.superType = superType
        }

        /// The Swift name of a callable, as symbol graphs write it: `zeros(_:requiresGrad:)`.
        public var swiftName: String {
            name + "(" + labels.map { $0 + ":" }.joined() + ")"
        }

        public var description: String {
            switch kind {
            case .function: return "func \(swiftName)"
            case .type: return "type \(name)" + (superType.map { ": \($0)" } ?? "")
            case .initializer, .method: return "\(type ?? "").\(swiftName)"
            case .staticMethod: return "static \(type ?? "").\(swiftName)"
            case .property: return "\(type ?? "").\(name)"
            case .binaryOperator, .compoundAssignment: return "\(type ?? "") operator \(name)"
            case .prefixOperator: return "\(type ?? "") prefix operator \(name)"
            case .subscript: return "\(type ?? "").subscript"
            case .sequence: return "\(type ?? ""): Sequence"
            }
        }
    }

    /// Every declaration of the Prelude's library, in the order bound, each once.
    public static var all: [Declaration] {
        _ = Prelude.shared
        return recorded
    }

    nonisolated(unsafe) private static var recorded: [Declaration] = []

    /// Notes a binding (and the type it belongs to, the first time).
    static func record(_ kind: Declaration.Kind, on type: NativeType?, _ name: String, _ params: [Param] = []) {
        if let type {
            let entry = Declaration(kind: .type, type: nil, name: type.name, labels: [], superType: type.superType?.name)
            if !recorded.contains(entry) { recorded.append(entry) }
        }
        let entry = Declaration(kind: kind, type: type?.name, name: name, labels: params.map { $0.label ?? "_" }, superType: nil)
        if !recorded.contains(entry) { recorded.append(entry) }
    }
}
