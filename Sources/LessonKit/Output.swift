// What a cell shows besides printed text (LANGUAGE.md §4): `display(_:)`, `table(_:_:)`,
// `table(_:header:)`, `markdown(_:)`, and `progress(_:)` around a loop's sequence. Values and
// tables go to standard output as the lesson's ```output blocks record them; Markdown and
// progress, which those blocks leave out, go to standard error.

import CellProtocol
import Foundation

/// Shows a value as a cell's final value is shown: a figure as a chart (an SVG file), a
/// tensor or any other value as it prints.
public func display<T>(_ value: T) {
    if let figure = value as? Figure {
        writeChart(figure.svgText(), title: figure.title)
    } else {
        print(value)
    }
}

/// A cell whose last statement has no value shows nothing.
public func display(_ value: Void) {}

/// `table(["x", "y"], [[1, 2.5], [2, 3.5]])`: a header and rows of cells; numbers are written
/// as tables write them (`TableOutput.numberText`), anything else as it prints.
public func table(_ header: [String], _ rows: [[Any]]) {
    let cells = rows.enumerated().map { i, row -> [String] in
        guard row.count == header.count else { fail("table: row \(i) has \(row.count) cells but the header has \(header.count)") }
        return row.map(tableCellText)
    }
    print(TableOutput(header: header, rows: cells).plainText, terminator: "")
}

/// `table(t, header: ["x", "y"])`: a vector is one row, a matrix one row per row.
public func table(_ tensor: Tensor, header: [String]? = nil) {
    let rows = attempt { try tensor.base.rows() }.map { $0.map(TableOutput.numberText) }
    let columns = rows.first?.count ?? 0
    if let header, header.count != columns {
        fail("table: the header has \(header.count) names but the tensor (shape \(shapeText(tensor.shape))) has \(columns) columns")
    }
    print(TableOutput(header: header ?? (0..<columns).map(String.init), rows: rows).plainText, terminator: "")
}

/// A value as a table cell: numbers (Double, a one-element tensor) as tables write them,
/// anything else as it prints.
func tableCellText(_ v: Any) -> String {
    if let x = v as? Double { return TableOutput.numberText(x) }
    if let t = v as? Tensor, t.count == 1 { return TableOutput.numberText(t.scalars[0]) }
    return String(describing: v)
}

/// Markdown for the reader: written on standard error (a lesson's output blocks leave it out).
public func markdown(_ text: String) {
    note(text)
}

/// `for epoch in progress(0..<500)`: iterates like `sequence`, with a progress bar on the
/// terminal (standard error, only when it is a terminal).
public func progress<S: Sequence>(_ sequence: S) -> Progress<S> {
    Progress(base: sequence)
}

/// A sequence that reports how far a loop over it has come.
public struct Progress<Base: Sequence>: Sequence {
    let base: Base

    public func makeIterator() -> AnyIterator<Base.Element> {
        var inner = base.makeIterator()
        let total = base.underestimatedCount
        let shown = isatty(2) != 0 && total > 0
        var done = 0
        return AnyIterator {
            guard let next = inner.next() else {
                if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                return nil
            }
            done += 1
            if shown && (done == 1 || done % Swift.max(1, total / 100) == 0) {
                let width = 30, filled = Swift.min(width, done * width / total)
                let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
                FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)".utf8))
            }
            return next
        }
    }
}

extension Progress where Base: Collection {
    /// How many elements the loop will visit.
    public var count: Int { base.count }
}
