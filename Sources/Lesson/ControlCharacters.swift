import Foundation

/// Control characters in text that came from a lesson (what a cell printed, an error
/// message, a line of code, a file name), made visible before the text goes where such
/// characters would act: a terminal (an escape sequence can retitle or clear it), a CI log
/// (a line starting with `::` is a GitHub Actions workflow command), or a lesson file that
/// must stay readable text (a NUL makes tools call it binary).
///
/// C0 controls become their Unicode control pictures (NUL → `␀`, ESC → `␛`), DEL `␡`; the
/// C1 controls (U+0080–U+009F, which some terminals read as CSI and friends) and the
/// bidirectional overrides and isolates (which reorder what a reader sees, "Trojan Source")
/// are written as Swift escapes (`\u{9B}`, `\u{202E}`).
public enum ControlCharacters {
    /// `text` for a recorded ```output block and the Markdown handout's text blocks: tab
    /// and line breaks (`\n`, `\r`) are kept, every other control character made visible.
    /// Bidirectional controls are kept: they are valid text and the file shows them as such.
    public static func visibleInRecord(_ text: String) -> String {
        escape(text, keepCarriageReturn: true, bidi: false)
    }

    /// `text` for a terminal or a CI log: only tab and `\n` are kept; a carriage return
    /// (which would overwrite the line) and bidirectional controls are made visible too.
    /// Under GitHub Actions (`githubActions`), a line that would start (after white space)
    /// with `::` or `##[` — a workflow command such as `::add-mask::` — is prefixed with a
    /// backslash, so lesson text can never issue one.
    public static func safeForTerminal(_ text: String, githubActions: Bool = false) -> String {
        let escaped = escape(text, keepCarriageReturn: false, bidi: true)
        return githubActions ? neutralisingWorkflowCommands(escaped) : escaped
    }

    /// True under GitHub Actions, where workflow commands in the log are acted on.
    public static let githubActions = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"

    /// Every line that would read as a workflow command, prefixed with `\`.
    static func neutralisingWorkflowCommands(_ text: String) -> String {
        guard text.contains("::") || text.contains("##[") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            let body = line.drop { $0 == " " || $0 == "\t" }
            if body.hasPrefix("::") || body.hasPrefix("##[") { lines[i] = "\\" + line }
        }
        return lines.joined(separator: "\n")
    }

    private static func escape(_ text: String, keepCarriageReturn: Bool, bidi: Bool) -> String {
        func needsEscape(_ v: UInt32) -> Bool {
            switch v {
            case 0x09, 0x0A: return false
            case 0x0D: return !keepCarriageReturn
            case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
            case 0x202A...0x202E, 0x2066...0x2069: return bidi
            default: return false
            }
        }
        guard text.unicodeScalars.contains(where: { needsEscape($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard needsEscape(v) else { out.append(scalar); continue }
            switch v {
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + v)!)
            case 0x7F: out.append(Unicode.Scalar(0x2421)!)
            default: out.append(contentsOf: "\\u{\(String(v, radix: 16, uppercase: true))}".unicodeScalars)
            }
        }
        return String(out)
    }
}
