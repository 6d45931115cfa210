import CellProtocol

/// The plain-text form of a cell's outputs: what the Markdown handout shows in its text
/// blocks and what a ```output block records (LANGUAGE.md §6). Charts and Markdown are
/// not text output; they are rendered on their own and not compared.
public enum PlainOutput {
    /// Printed text as printed; each displayed value, table and error on lines of its own.
    /// Control characters other than tab and line breaks are made visible (a NUL as `␀`,
    /// see `ControlCharacters`), so that a recorded output keeps the lesson a text file.
    public static func text(of outputs: [CellOutput]) -> String {
        ControlCharacters.visibleInRecord(rawText(of: outputs))
    }

    private static func rawText(of outputs: [CellOutput]) -> String {
        var out = ""
        func newlineIfNeeded() { if !out.isEmpty && !out.hasSuffix("\n") { out += "\n" } }
        for output in outputs {
            switch output {
            case .text(let s):
                out += s
            case .value(let v):
                newlineIfNeeded()
                out += v.text + "\n"
            case .table(let t):
                newlineIfNeeded()
                out += table(t)
            case .error(let d):
                newlineIfNeeded()
                // Expected errors are recorded without the file path, so moving a lesson
                // does not change its recorded output.
                out += "error: " + d.message + "\n"
            case .markdown, .chart:
                break
            }
        }
        return out
    }

    /// A table as aligned columns of text, numbers right-aligned.
    public static func table(_ t: TableOutput) -> String {
        t.plainText
    }
}
