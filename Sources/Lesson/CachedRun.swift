import CellProtocol

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

/// A `CellOutput`: its kind and the value of that kind. Values, tables and charts are
/// stored as the output types themselves (Codable), so a field added to them later is kept.
struct CachedOutput: Codable, Equatable {
    enum Kind: String, Codable { case text, value, table, markdown, chart, error }
    var kind: Kind
    var text: String?
    var value: DisplayValue?
    var table: TableOutput?
    var chart: ChartOutput?
    var diagnostic: CachedDiagnostic?

    init(_ output: CellOutput) {
        switch output {
        case .text(let s): kind = .text; text = s
        case .markdown(let s): kind = .markdown; text = s
        case .value(let v): kind = .value; value = v
        case .table(let t): kind = .table; table = t
        case .chart(let c): kind = .chart; chart = c
        case .error(let d): kind = .error; diagnostic = CachedDiagnostic(d)
        }
    }

    /// The output again; nil when the entry lacks a field its kind needs.
    var output: CellOutput? {
        switch kind {
        case .text: return text.map { .text($0) }
        case .markdown: return text.map { .markdown($0) }
        case .value: return value.map { .value($0) }
        case .table: return table.map { .table($0) }
        case .chart: return chart.map { .chart($0) }
        case .error: return diagnostic.map { .error($0.diagnostic) }
        }
    }
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
