import Foundation

/// A CSV file that cannot be read as a table of numbers: names the file and, where there is
/// one, the 1-based line.
public struct CSVError: Error, CustomStringConvertible, Equatable {
    public let path: String
    /// The 1-based line, or nil for errors about the whole file.
    public let line: Int?
    public let message: String
    public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }

    public init(path: String, line: Int?, _ message: String) {
        self.path = path
        self.line = line
        self.message = message
    }
}

/// Reads a CSV file of numbers into a tensor `[rows, columns]`. Fields are separated by
/// commas; surrounding spaces and double quotes are ignored; blank lines are skipped;
/// `skipHeader` skips the first non-blank line. Errors (`CSVError`, naming file and line):
/// a missing or unreadable file, a field that is not a number, a row whose number of fields
/// differs from the first row's, a file without rows. `path` is resolved against
/// `baseDirectory` when it is relative and one is given (the caller checks it stays inside).
public func loadCSV(_ path: String, skipHeader: Bool = false, baseDirectory: String? = nil) throws -> Tensor {
    let full = baseDirectory.map { path.hasPrefix("/") ? path : ($0 as NSString).appendingPathComponent(path) } ?? path
    guard let data = FileManager.default.contents(atPath: full) else {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
        throw CSVError(path: path, line: nil, !exists ? "no such file" : isDirectory.boolValue ? "is a folder, not a file" : "cannot be read")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw CSVError(path: path, line: nil, "is not UTF-8 text")
    }
    return try parseCSV(text, path: path, skipHeader: skipHeader)
}

/// Parses CSV `text` (see `loadCSV`); `path` is only used in messages.
public func parseCSV(_ text: String, path: String, skipHeader: Bool = false) throws -> Tensor {
    var values: [Float] = []
    var columns: Int?
    var firstRowLine = 0
    var headerPending = skipHeader
    var lineNumber = 0
    // `isNewline` also splits "\r\n", which Swift holds as one Character.
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
        lineNumber += 1
        if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
        if headerPending { headerPending = false; continue }
        let fields = line.split(separator: ",", omittingEmptySubsequences: false)
        if let columns, fields.count != columns {
            throw CSVError(path: path, line: lineNumber, "has \(fields.count) fields, but line \(firstRowLine) has \(columns)")
        }
        if columns == nil { columns = fields.count; firstRowLine = lineNumber }
        for (k, field) in fields.enumerated() {
            let trimmed = field.trimmingCharacters(in: .whitespaces)
            let unquoted = trimmed.count >= 2 && trimmed.hasPrefix("\"") && trimmed.hasSuffix("\"")
                ? String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) : trimmed
            guard let v = Double(unquoted), !unquoted.isEmpty else {
                let shown = unquoted.isEmpty ? "an empty field" : "\"\(unquoted)\""
                throw CSVError(path: path, line: lineNumber, "field \(k + 1) is \(shown), not a number" + (lineNumber == firstRowLine && !skipHeader && !unquoted.isEmpty ? " (a header? use skipHeader: true)" : ""))
            }
            values.append(Float(v))
        }
    }
    guard let columns else {
        throw CSVError(path: path, line: nil, "has no rows of numbers")
    }
    return try Tensor(shape: [values.count / columns, columns], scalars: values)
}
