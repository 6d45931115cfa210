import Foundation

/// Text for tensors, in PyTorch's style: `tensor([[1.0000, 2.0000], ...])`, columns aligned,
/// one number format for the whole tensor (whole numbers as `1.`, else fixed with `precision`
/// decimals, or scientific when magnitudes span too much), and large tensors summarised with
/// `...` around their first and last `edgeItems` along each axis.
public struct TensorFormat: Sendable {
    /// Digits after the decimal point.
    public var precision = 4
    /// Above this many elements, axes are summarised.
    public var summarizeAbove = 1000
    /// Items kept at each end of a summarised axis.
    public var edgeItems = 3
    /// Rows of numbers wrap at this width.
    public var lineWidth = 80
    public init() {}
}

/// The number formatter chosen for one tensor (from the values that are shown).
struct NumberStyle {
    enum Mode { case whole, fixed, scientific }
    let mode: Mode
    let precision: Int

    init(_ values: [Float], precision: Int) {
        self.precision = precision
        let finite = values.filter { $0.isFinite }.map { Swift.abs(Double($0)) }
        guard let maxAbs = finite.max(), let minAbs = finite.filter({ $0 > 0 }).min() ?? (maxAbs == 0 ? 0 : nil) else {
            mode = .whole; return
        }
        if finite.allSatisfy({ $0.rounded() == $0 }) {
            mode = maxAbs > 1e8 ? .scientific : .whole
        } else if maxAbs > 1e8 || (minAbs > 0 && (minAbs < 1e-4 || maxAbs / minAbs > 1000)) {
            mode = .scientific
        } else {
            mode = .fixed
        }
    }

    func text(_ v: Float) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        switch mode {
        case .whole: return String(format: "%.0f.", Double(v))
        case .fixed: return String(format: "%.\(precision)f", Double(v))
        case .scientific: return String(format: "%.\(precision)e", Double(v))
        }
    }
}

/// What a tensor shows of itself, PyTorch's way: every element, or, above
/// `TensorFormat.summarizeAbove` elements, the first and last `edgeItems` along each longer axis
/// with a gap between them; and one number format chosen from the shown values. The text form
/// (`formatted()`) and the HTML matrix view are both made from this, so they always show the
/// same elements written the same way.
public struct TensorSummary: Sendable {
    /// The tensor's full shape.
    public let shape: [Int]
    /// For each axis, the indices shown in order; nil stands for the elements left out.
    public let positions: [[Int?]]
    /// True when elements are left out.
    public let isSummarized: Bool
    /// The shown elements written out, by flat offset (only these are kept: a summary of a
    /// large tensor costs as little as what it shows).
    let texts: [Int: String]
    let strides: [Int]

    init(_ t: Tensor, format: TensorFormat) {
        shape = t.shape
        let summarize = t.count > format.summarizeAbove
        var positions: [[Int?]] = []
        for n in t.shape {
            if summarize && n > 2 * format.edgeItems {
                positions.append(Array(0..<format.edgeItems) + [nil] + Array((n - format.edgeItems)..<n))
            } else {
                positions.append(Array(0..<n))
            }
        }
        self.positions = positions
        isSummarized = positions.contains { $0.contains(nil) }
        var strides = [Int](repeating: 1, count: t.rank)
        for d in stride(from: t.rank - 2, through: 0, by: -1) { strides[d] = strides[d + 1] * t.shape[d + 1] }
        self.strides = strides
        // The flat indices shown, in row order: the number style is chosen from them alone.
        var shown: [Int] = []
        if t.rank == 0 {
            shown = t.count > 0 ? [0] : []
        } else {
            func walk(_ d: Int, _ offset: Int) {
                for case let i? in positions[d] {
                    if d == t.rank - 1 { shown.append(offset + i) } else { walk(d + 1, offset + i * strides[d]) }
                }
            }
            walk(0, 0)
        }
        let style = NumberStyle(shown.map { t.data[$0] }, precision: format.precision)
        var texts: [Int: String] = [:]
        texts.reserveCapacity(shown.count)
        for offset in shown { texts[offset] = style.text(t.data[offset]) }
        self.texts = texts
        width = texts.values.map(\.count).max() ?? 1
    }

    /// The element at `index` (one index per axis) in the tensor's number format.
    public func text(at index: [Int]) -> String {
        var offset = 0
        for (d, i) in index.enumerated() { offset += i * strides[d] }
        return text(offset: offset)
    }

    /// The shown element at flat `offset` in the tensor's number format.
    func text(offset: Int) -> String { texts[offset] ?? "?" }

    /// Width of the widest shown element, for aligned columns.
    let width: Int
}

extension Tensor: CustomStringConvertible {
    /// `tensor([...])`, as `formatted()` gives it.
    public var description: String { formatted() }

    /// What of the tensor is shown and how its numbers are written (see `TensorSummary`).
    public func summary(_ format: TensorFormat = TensorFormat()) -> TensorSummary {
        TensorSummary(self, format: format)
    }

    /// The tensor as text: `prefix` + nested brackets + `)`, with `, requiresGrad: true` when
    /// it requires grad and `showsRequiresGrad`.
    public func formatted(_ format: TensorFormat = TensorFormat(), prefix: String = "tensor(", showsRequiresGrad: Bool = true) -> String {
        let summary = self.summary(format)
        var body: String
        if rank == 0 {
            body = summary.text(offset: 0)
        } else if count == 0 {
            body = "[]"
        } else {
            body = formatAxis(0, offset: 0, indent: prefix.count, summary: summary, width: summary.width, format: format)
        }
        if count == 0 && rank > 1 { body += ", shape: \(shapeText(shape))" }
        if showsRequiresGrad && requiresGrad { body += ", requiresGrad: true" }
        return prefix + body + (prefix.isEmpty ? "" : ")")
    }

    private func formatAxis(_ d: Int, offset: Int, indent: Int, summary: TensorSummary, width: Int,
                            format: TensorFormat) -> String {
        let positions = summary.positions[d]
        let stride = summary.strides[d]
        if d == rank - 1 {
            let items = positions.map { $0.map { pad(summary.text(offset: offset + $0), width) } ?? " ..." }
            // Wrap long rows: as many items per line as fit after the bracket's indentation.
            let perLine = Swift.max(1, (format.lineWidth - indent - 1) / (width + 2))
            var lines: [String] = []
            var i = 0
            while i < items.count {
                lines.append(items[i..<Swift.min(i + perLine, items.count)].joined(separator: ", "))
                i += perLine
            }
            return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
        }
        let separator = ",\n" + String(repeating: "\n", count: rank - d - 2) + String(repeating: " ", count: indent + 1)
        let parts = positions.map { i -> String in
            guard let i else { return "..." }
            return formatAxis(d + 1, offset: offset + i * stride, indent: indent + 1, summary: summary,
                              width: width, format: format)
        }
        return "[" + parts.joined(separator: separator) + "]"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }

    /// The elements as rows of text, in the tensor's number format, for a table: a matrix gives
    /// one row per matrix row, a vector one row, a scalar one cell. Higher ranks are an error.
    public func formattedRows(precision: Int = 4) throws -> [[String]] {
        let style = NumberStyle(floats, precision: precision)
        return try rows().map { $0.map { style.text(Float($0)) } }
    }

    /// The elements as rows of Doubles (see `formattedRows`).
    public func rows() throws -> [[Double]] {
        switch rank {
        case 0, 1: return [scalars]
        case 2:
            let columns = shape[1]
            return (0..<shape[0]).map { r in (0..<columns).map { Double(data[r * columns + $0]) } }
        default:
            throw TensorError(.invalidShape, "rows: a table needs a tensor of rank at most 2, got shape \(shapeText(shape)); reshape it first")
        }
    }
}
