/// Where a cell's last statement is, and whether it is an expression whose value the cell
/// shows (LANGUAGE.md §4: "the value of its final statement when that statement is an
/// expression with a value"). `lesson export --to swift-package` wraps such a statement in
/// `display(…)`, since a compiled program shows nothing by itself.
///
/// This reads the cell as Swift text without parsing it: it tracks brackets, string literals
/// (with interpolation) and comments, and takes a statement to end at a line break outside
/// brackets unless the next line continues it (a line starting `.` or with a binary operator,
/// or a line ending with one). What it cannot tell apart — a call to a function that returns
/// nothing — is harmless: `display(_: Void)` shows nothing.
public enum FinalStatement {
    /// The last statement's code, as a range of `code`'s characters (comments and white
    /// space around it excluded), when it is an expression whose value the cell shows.
    public static func displayedExpression(in code: String) -> Range<String.Index>? {
        let chars = Array(code)
        let scan = Scan(chars)
        guard let start = scan.lastStatementStart, let end = scan.lastCodeIndex, start <= end else { return nil }
        let text = String(chars[start...end])
        guard producesValue(text, assignments: scan.hasTopLevelAssignment(from: start)) else { return nil }
        let lower = code.index(code.startIndex, offsetBy: start)
        let upper = code.index(code.startIndex, offsetBy: end + 1)
        return lower..<upper
    }

    /// Statements that are not values: declarations, control flow, assignments, and the
    /// output functions and methods the interpreter treats as statements (Compiler's
    /// `producesValue`).
    static func producesValue(_ statement: String, assignments: Bool) -> Bool {
        if assignments { return false }
        let firstWord = statement.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "@" || $0 == "#" }
        let keywords: Set<Substring> = [
            "let", "var", "func", "class", "struct", "enum", "extension", "protocol", "import", "typealias",
            "for", "while", "repeat", "if", "guard", "switch", "do", "defer", "return", "break", "continue", "throw",
            "private", "fileprivate", "public", "internal", "final", "open", "static", "_",
        ]
        if keywords.contains(firstWord) || firstWord.hasPrefix("@") || firstWord.hasPrefix("#") { return false }
        let statementFunctions: Set<Substring> = ["print", "display", "table", "markdown", "plot", "show", "assert", "manualSeed", "precondition"]
        let rest = statement.dropFirst(firstWord.count).drop { $0 == " " }
        if statementFunctions.contains(firstWord) && (rest.first == "(" || rest.first == "{") { return false }
        return true
    }

    /// One pass over the cell: statement starts at the top level, the last character of
    /// code, and the top-level `=` signs.
    private struct Scan {
        var statementStarts: [Int] = []
        var lastCode: Int?
        var topLevelAssignments: [Int] = []
        /// Line-continuation facts: the last code character of each line, the first of each.
        let chars: [Character]

        init(_ chars: [Character]) {
            self.chars = chars
            var depth = 0
            // Strings: a stack of interpolation depths (the bracket depth where `\(` opened).
            var inString = false, multiline = false
            var interpolations: [(depth: Int, multiline: Bool)] = []
            var i = 0
            var atLineStart = true
            var lastCodeOnLine: Character?
            var previousLineEnd: Character?
            while i < chars.count {
                let c = chars[i]
                if inString {
                    if c == "\\", i + 1 < chars.count {
                        if chars[i + 1] == "(" {
                            interpolations.append((depth, multiline))
                            depth += 1
                            inString = false
                            i += 2
                            continue
                        }
                        i += 2
                        continue
                    }
                    if multiline, c == "\"", i + 2 < chars.count, chars[i + 1] == "\"", chars[i + 2] == "\"" {
                        inString = false; i += 3; lastCode = i - 1; lastCodeOnLine = "\""; continue
                    }
                    if !multiline, c == "\"" { inString = false; lastCode = i; lastCodeOnLine = "\""; i += 1; continue }
                    if c == "\n", multiline { atLineStart = false }
                    i += 1
                    continue
                }
                if let end = Scan.commentEnd(chars, at: i) { i = end; continue }
                if c == "\n" {
                    if lastCodeOnLine != nil { previousLineEnd = lastCodeOnLine }
                    lastCodeOnLine = nil
                    atLineStart = true
                    i += 1
                    continue
                }
                if c == " " || c == "\t" || c == "\r" { i += 1; continue }
                // A code character.
                if atLineStart {
                    atLineStart = false
                    if depth == 0 && !Scan.continuesStatement(chars, at: i, previousLineEnd: previousLineEnd) { statementStarts.append(i) }
                }
                switch c {
                case "\"":
                    inString = true
                    multiline = i + 2 < chars.count && chars[i + 1] == "\"" && chars[i + 2] == "\""
                    i += multiline ? 3 : 1
                    lastCode = i - 1
                    lastCodeOnLine = "\""
                    continue
                case "(", "[", "{":
                    depth += 1
                case ")", "]", "}":
                    depth -= 1
                    if c == ")", let open = interpolations.last, open.depth == depth {
                        interpolations.removeLast()
                        inString = true
                        multiline = open.multiline
                    }
                case ";" where depth == 0:
                    statementStarts.append(i + 1)
                case "=" where depth == 0:
                    let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
                    let previous: Character? = i > 0 ? chars[i - 1] : nil
                    if next != "=" && !(previous.map { "=!<>".contains($0) } ?? false) { topLevelAssignments.append(i) }
                    if next == "=" { i += 1 }
                default: break
                }
                lastCode = i
                lastCodeOnLine = c
                i += 1
            }
        }

        /// The index after a `//` or `/* */` comment that starts at `i`; nil when none does.
        static func commentEnd(_ chars: [Character], at i: Int) -> Int? {
            guard chars[i] == "/", i + 1 < chars.count else { return nil }
            var j = i + 2
            if chars[i + 1] == "/" {
                while j < chars.count, chars[j] != "\n" { j += 1 }
                return j
            }
            guard chars[i + 1] == "*" else { return nil }
            while j + 1 < chars.count, !(chars[j] == "*" && chars[j + 1] == "/") { j += 1 }
            return j + 2
        }

        /// Whether the line starting with code at `i` goes on the statement before: after a
        /// line ending in an operator or an opening bracket, or starting with an operator
        /// (not `...`) or a closing bracket.
        static func continuesStatement(_ chars: [Character], at i: Int, previousLineEnd: Character?) -> Bool {
            func isOperator(_ c: Character) -> Bool { "+-*/%=<>&|^!?.:,".contains(c) }
            let c = chars[i]
            return (previousLineEnd.map { isOperator($0) || "([{".contains($0) } ?? false)
                || isOperator(c) && !(c == "." && i + 2 < chars.count && chars[i + 1] == "." && chars[i + 2] == ".")
                || ")]}".contains(c)
        }

        /// Where the last statement starts (skipping white space after a `;`).
        var lastStatementStart: Int? {
            guard var s = statementStarts.last else { return nil }
            while s < chars.count, chars[s] == " " || chars[s] == "\t" || chars[s] == "\n" { s += 1 }
            return s
        }

        var lastCodeIndex: Int? { lastCode }

        func hasTopLevelAssignment(from start: Int) -> Bool {
            topLevelAssignments.contains { $0 >= start }
        }
    }
}
