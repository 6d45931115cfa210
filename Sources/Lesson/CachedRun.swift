import Script

// A lesson run as the run cache stores it: Codable mirrors of `LessonRun`'s results.
// The cells themselves are not stored: an entry is used only for the very same lesson
// text, so they come from the document being built.

/// One lesson's results, without its document.
struct CachedRun: Codable, Equatable {
    var duration: Double
    var cells: [CachedCell]

    init(_ run: LessonRun) {
        duration = run.duration
        cells = run.cells.map(CachedCell.init)
    }

    /// The run again, for `document` (which must have as many cells as were stored).
    func run(of document: LessonDocument) -> LessonRun? {
        guard cells.count == document.cells.count else { return nil }
        var results: [CellResult] = []
        for (cell, stored) in zip(document.cells, cells) {
            let outputs = stored.outputs.compactMap(\.output)
            guard stored.index == cell.index, let status = CellResult.Status(rawValue: stored.status),
                  outputs.count == stored.outputs.count else { return nil }
            results.append(CellResult(cell: cell, status: status, outputs: outputs,
                                      duration: stored.duration, failure: stored.failure?.diagnostic))
        }
        var run = LessonRun(document: document, cells: results, duration: duration)
        run.fromCache = true
        return run
    }
}

struct CachedCell: Codable, Equatable {
    var index: Int
    var status: String
    var duration: Double
    var outputs: [CachedOutput]
    var failure: CachedDiagnostic?

    init(_ result: CellResult) {
        index = result.cell.index
        status = result.status.rawValue
        duration = result.duration
        outputs = result.outputs.map(CachedOutput.init)
        failure = result.failure.map(CachedDiagnostic.init)
    }
}

/// A `CellOutput`: its kind and the fields that kind uses.
struct CachedOutput: Codable, Equatable {
    enum Kind: String, Codable { case text, value, table, markdown, chart, error }
    var kind: Kind
    var text: String?
    var typeName: String?
    var grid: CachedGrid?
    var header: [String]?
    var rows: [[String]]?
    var title: String?
    var diagnostic: CachedDiagnostic?

    init(_ output: CellOutput) {
        switch output {
        case .text(let s): kind = .text; text = s
        case .markdown(let s): kind = .markdown; text = s
        case .value(let v):
            kind = .value; text = v.text; typeName = v.typeName
            grid = v.grid.map { CachedGrid(shape: $0.shape, rows: $0.rows, truncated: $0.truncated) }
        case .table(let t): kind = .table; header = t.header; rows = t.rows
        case .chart(let c): kind = .chart; text = c.svg; title = c.title
        case .error(let d): kind = .error; diagnostic = CachedDiagnostic(d)
        }
    }

    /// The output again; nil when the entry lacks a field its kind needs.
    var output: CellOutput? {
        switch kind {
        case .text: return .text(text ?? "")
        case .markdown: return .markdown(text ?? "")
        case .value:
            return .value(DisplayValue(text: text ?? "", typeName: typeName ?? "",
                                       grid: grid.map { Grid(shape: $0.shape, rows: $0.rows, truncated: $0.truncated) }))
        case .table: return .table(TableOutput(header: header ?? [], rows: rows ?? []))
        case .chart: return .chart(ChartOutput(svg: text ?? "", title: title ?? ""))
        case .error: return diagnostic.map { .error($0.diagnostic) }
        }
    }
}

struct CachedGrid: Codable, Equatable {
    var shape: [Int]
    var rows: [[String]]
    var truncated: Bool
}

struct CachedDiagnostic: Codable, Equatable {
    var severity: String
    var message: String
    var file: String
    var line: Int?
    var column: Int?
    var sourceLine: String?

    init(_ d: Diagnostic) {
        severity = d.severity.rawValue
        message = d.message
        file = d.file
        line = d.location?.line
        column = d.location?.column
        sourceLine = d.sourceLine
    }

    var diagnostic: Diagnostic {
        let location = line.flatMap { l in column.map { SourceLocation(line: l, column: $0) } }
        return Diagnostic(Diagnostic.Severity(rawValue: severity) ?? .error, message, file: file,
                          location: location, sourceLine: sourceLine)
    }
}
