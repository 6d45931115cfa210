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

extension Tensor: CustomStringConvertible {
    /// `tensor([...])`, as `formatted()` gives it.
    public var description: String { formatted() }

    /// The tensor as text: `prefix` + nested brackets + `)`, with `, requiresGrad: true` when
    /// it requires grad and `showsRequiresGrad`.
    public func formatted(_ format: TensorFormat = TensorFormat(), prefix: String = "tensor(", showsRequiresGrad: Bool = true) -> String {
        let summarize = count > format.summarizeAbove
        let shown = shownIndices(summarize: summarize, edge: format.edgeItems)
        let style = NumberStyle(shown.flatMap { $0 }.map { data[$0] }, precision: format.precision)
        var body: String
        if rank == 0 {
            body = style.text(data[0])
        } else if count == 0 {
            body = "[]"
        } else {
            let width = shown.flatMap { $0 }.map { style.text(data[$0]).count }.max() ?? 1
            body = formatAxis(0, offset: 0, indent: prefix.count, style: style, width: width,
                              summarize: summarize, format: format)
        }
        if count == 0 && rank > 1 { body += ", shape: \(shapeText(shape))" }
        if showsRequiresGrad && requiresGrad { body += ", requiresGrad: true" }
        return prefix + body + (prefix.isEmpty ? "" : ")")
    }

    /// The flat indices that will be printed (all, or the summarised ends), in row order.
    private func shownIndices(summarize: Bool, edge: Int) -> [[Int]] {
        guard rank > 0 else { return [[0]] }
        var result: [Int] = []
        func walk(_ d: Int, _ offset: Int) {
            let stride = shape[(d + 1)...].reduce(1, *)
            for i in axisPositions(d, summarize: summarize, edge: edge) where i >= 0 {
                if d == rank - 1 { result.append(offset + i) } else { walk(d + 1, offset + i * stride) }
            }
        }
        walk(0, 0)
        return [result]
    }

    /// Positions shown along axis `d`; -1 marks the `...`.
    private func axisPositions(_ d: Int, summarize: Bool, edge: Int) -> [Int] {
        let n = shape[d]
        if summarize && n > 2 * edge { return Array(0..<edge) + [-1] + Array((n - edge)..<n) }
        return Array(0..<n)
    }

    private func formatAxis(_ d: Int, offset: Int, indent: Int, style: NumberStyle, width: Int,
                            summarize: Bool, format: TensorFormat) -> String {
        let positions = axisPositions(d, summarize: summarize, edge: format.edgeItems)
        let stride = shape[(d + 1)...].reduce(1, *)
        if d == rank - 1 {
            let items = positions.map { $0 < 0 ? " ..." : pad(style.text(data[offset + $0]), width) }
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
            i < 0 ? "..." : formatAxis(d + 1, offset: offset + i * stride, indent: indent + 1, style: style,
                                       width: width, summarize: summarize, format: format)
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
