/// Reads TeX (the grammar at the top of TeXMath.swift) into a `MathNode` tree, one
/// character at a time, with the UTF-8 offset of each so errors say where they are.
struct TeXParser {
    private let chars: [Character]
    /// UTF-8 offset of each character, and of the end.
    private let offsets: [Int]
    private var pos = 0
    /// The alphabet letters are drawn in (`\mathbf{…}`), nil: TeX's default.
    private var font: MathFont?
    /// Equation-numbered lines met so far, and the one a `\label` or `\tag` goes to.
    private var lines: [MathFormula.NumberedLine] = [.init(label: nil, tag: nil, automatic: false)]
    private var currentLine = 0
    /// The labels `\eqref` and `\ref` name, in order.
    private(set) var references: [String] = []

    init(_ tex: String) {
        chars = Array(tex)
        var offsets: [Int] = []
        offsets.reserveCapacity(chars.count + 1)
        var offset = 0
        for c in chars {
            offsets.append(offset)
            offset += c.utf8.count
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    /// Where a row of items stopped.
    private enum Stop: Equatable {
        case end, closeBrace, ampersand, newline, endEnvironment, right, middle, closeBracket
    }

    mutating func parseFormula() throws -> (root: MathNode, lines: [MathFormula.NumberedLine]) {
        let (items, stop) = try parseRow()
        switch stop {
        case .end: break
        case .closeBrace: throw error("unmatched '}'")
        case .ampersand: throw error("'&' outside an environment (use \\begin{aligned} … \\end{aligned})")
        case .newline: throw error("line break '\\\\' outside an environment (use \\begin{aligned} … \\end{aligned})")
        case .endEnvironment: throw error("\\end without a \\begin")
        case .right: throw error("\\right without a \\left")
        case .middle: throw error("\\middle outside \\left … \\right")
        case .closeBracket: throw error("unexpected ']'")
        }
        return (items.count == 1 ? items[0] : .row(items), lines)
    }

    // MARK: Rows and items

    /// How deep rows may nest: deeper is an error, not a stack overflow.
    static let maximumDepth = 100
    private var depth = 0

    /// Items up to the next stop; `]` stops only when `bracket` (inside `\sqrt[…]`).
    private mutating func parseRow(bracket: Bool = false) throws -> ([MathNode], Stop) {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth { throw error("the formula nests more than \(Self.maximumDepth) levels deep") }
        var items: [MathNode] = []
        while true {
            skipSpace()
            guard let c = peek() else { return (items, .end) }
            switch c {
            case "}": return (items, .closeBrace)
            case "&": return (items, .ampersand)
            case "]" where bracket: return (items, .closeBracket)
            case "\\":
                let name = peekCommand()
                switch name {
                case "\\", "cr": return (items, .newline)
                case "end": return (items, .endEnvironment)
                case "right": return (items, .right)
                case "middle": return (items, .middle)
                case "displaystyle", "textstyle":
                    pos += 1 + name.count
                    let (rest, stop) = try parseRow(bracket: bracket)
                    items.append(.style(display: name == "displaystyle", .row(rest)))
                    return (items, stop)
                default: break
                }
            default: break
            }
            let (item, isFunction) = try parseItem()
            // TeX sets a thin space between an ordinary symbol and a function name (x log y).
            if isFunction, let last = items.last, !last.isOperator { items.append(.space(0.1667)) }
            items += item
        }
    }

    /// An atom and its scripts; nothing for commands that draw nothing (`\label`).
    private mutating func parseItem() throws -> ([MathNode], isFunction: Bool) {
        let start = pos
        guard let atom = try parseAtom() else { return ([], false) }
        var limits = atom.limits
        var sub: MathNode?
        var sup: [MathNode]?
        while true {
            skipSpace()
            guard let c = peek() else { break }
            if c == "\\", peekCommand() == "limits" || peekCommand() == "nolimits" {
                guard atom.canTakeLimits else { throw error("\\\(peekCommand()) must follow a large operator such as \\sum") }
                limits = peekCommand() == "limits"
                pos += 1 + peekCommand().count
            } else if c == "^" {
                if sup != nil && !(sup!.allPrimes) { throw error("double superscript: group it as {x^a}^b") }
                pos += 1
                sup = (sup ?? []) + [try parseArgument(for: "^")]
            } else if c == "_" {
                if sub != nil { throw error("double subscript: group it as {x_a}_b") }
                pos += 1
                sub = try parseArgument(for: "_")
            } else if c == "'" {
                if let existing = sup, !existing.allPrimes { throw error("a prime after a superscript: write x^{a\\prime}") }
                var count = 0
                while peek() == "'" { count += 1; pos += 1 }
                let prime = ["′", "″", "‴", "⁗"][min(count, 4) - 1]
                sup = (sup ?? []) + [.op(prime, MathNode.Operator(ordinary: true))]
            } else {
                break
            }
        }
        _ = start
        var node = atom.node
        if sub != nil || sup != nil {
            let superscript = sup.map { $0.count == 1 ? $0[0] : .row($0) }
            node = .scripts(base: node, sub: sub, sup: superscript, limits: limits)
        }
        guard atom.isFunction else { return ([node], false) }
        // A function name is followed by the invisible "function application" operator,
        // carrying the thin space TeX puts between `log` and its argument (none before a
        // parenthesis: log(x)).
        skipSpace()
        let next = peek()
        let parenthesised = next == "(" || next == "[" || (next == "\\" && ["left", "big", "Big", "bigl", "Bigl"].contains(peekCommand()))
        let apply = MathNode.Operator(lspace: 0, rspace: parenthesised || next == nil ? 0 : 0.1667)
        return ([node, .op("\u{2061}", apply)], true)
    }

    private struct Atom {
        var node: MathNode
        var limits = false
        var canTakeLimits = false
        var isFunction = false
    }

    // MARK: Atoms

    private mutating func parseAtom() throws -> Atom? {
        skipSpace()
        guard let c = peek() else { throw error("missing a symbol at the end of the formula") }
        if c == "^" || c == "_" || c == "'" {
            return Atom(node: .row([]))  // a script with no base: {}^2
        }
        if c == "{" {
            return Atom(node: try parseGroup())
        }
        if c == "\\" { return try parseCommand() }
        pos += 1
        if c == "$" { throw error("'$' inside a formula (write \\$ for a dollar sign)", at: pos - 1) }
        if c == "#" { throw error("'#' is not allowed in a formula (write \\#)", at: pos - 1) }
        if c == "}" { throw error("unmatched '}'", at: pos - 1) }
        if c == "~" { return Atom(node: .space(0.25)) }
        if c.isNumber && c.isASCII {
            var digits = String(c)
            if font == nil || font == .upright || font == .italic {
                while let d = peek(), d.isASCII, d.isNumber || (d == "." && peek(1)?.isNumber == true && peek(1)?.isASCII == true) {
                    digits.append(d)
                    pos += 1
                }
                return Atom(node: .number(digits))
            }
            return Atom(node: .number(font!.map(c).0))
        }
        if c.isLetter {
            let (text, normal) = (font ?? .italic).map(c)
            return Atom(node: .identifier(text, normal: normal))
        }
        if c.isNumber { return Atom(node: .number(String(c))) }
        switch c {
        case "-": return Atom(node: .op("−", .plain))
        case "*": return Atom(node: .op("∗", .plain))
        case "|": return Atom(node: .op("|", MathNode.Operator(stretchy: false, ordinary: true)))
        case "(", ")", "[", "]": return Atom(node: .op(String(c), MathNode.Operator(stretchy: false)))
        default: return Atom(node: .op(String(c), .plain))
        }
    }

    /// `{ row }` as one node.
    private mutating func parseGroup() throws -> MathNode {
        let open = pos
        pos += 1
        let (items, stop) = try parseRow()
        guard stop == .closeBrace else {
            throw error(stop == .end ? "'{' is never closed" : "'{' closed by \(describe(stop)) instead of '}'", at: open)
        }
        pos += 1
        return items.count == 1 ? items[0] : .row(items)
    }

    /// The argument of a command or script: a group, or one character or command.
    private mutating func parseArgument(for command: String) throws -> MathNode {
        skipSpace()
        guard let c = peek(), c != "}", c != "&", c != "]" else {
            throw error("\(command) needs an argument")
        }
        if c == "{" { return try parseGroup() }
        if c == "\\" {
            let name = peekCommand()
            if ["\\", "end", "right", "middle", "cr"].contains(name) { throw error("\(command) needs an argument") }
            guard let atom = try parseCommand() else { throw error("\(command) needs an argument") }
            return atom.node
        }
        if c.isNumber && c.isASCII {
            // TeX takes one digit: x^10 is x¹0.
            pos += 1
            return .number(font.map { $0.map(c).0 } ?? String(c))
        }
        guard let atom = try parseAtom() else { throw error("\(command) needs an argument") }
        return atom.node
    }

    // MARK: Commands

    /// A command: `\name` (letters) or `\c` (one other character), by family; nil for
    /// one that shows nothing (`\label`, `\displaystyle`).
    private mutating func parseCommand() throws -> Atom? {
        let start = pos
        let name = try readCommandName()
        if let atom = symbolCommand(name) { return atom }
        if let atom = try tableCommandWithArgument(name) { return atom }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom":
            return try parseFraction(name)
        case "sqrt":
            return try parseRoot()
        case "text", "textrm", "textit", "textbf", "textsf", "texttt", "mbox", "textnormal", "hbox", "operatorname", "mathop":
            return try parseTextOrOperatorName(name)
        case "left":
            return Atom(node: try parseFenced(start: start))
        case "begin":
            return Atom(node: try parseEnvironment(start: start))
        case "label", "tag", "notag", "nonumber", "eqref", "ref":
            return try parseNumbering(name)
        case "hline", "nolimits", "limits", "displaystyle", "textstyle", "scriptstyle", "nobreak", "allowbreak":
            if name == "limits" || name == "nolimits" { throw error("\\\(name) must follow a large operator such as \\sum", at: start) }
            return nil
        case "not":
            guard let next = try parseAtom() else { throw error("\\not needs a symbol", at: start) }
            if case .op(let symbol, let op) = next.node { return Atom(node: .op(symbol + "\u{338}", op)) }
            return next
        case "phantom":
            _ = try parseArgument(for: "\\phantom")
            return Atom(node: .space(0.5))
        case "right", "middle", "end", "\\":
            throw error("unexpected \\\(name)", at: start)
        default:
            throw error("unknown command \\\(name)", at: start)
        }
    }

    /// The name after the backslash at `pos`: a run of ASCII letters, or one other character.
    private mutating func readCommandName() throws -> String {
        let start = pos
        pos += 1
        guard let first = peek() else { throw error("a lone '\\' at the end of the formula", at: start) }
        var name = String(first)
        pos += 1
        if first.isLetter && first.isASCII {
            while let c = peek(), c.isLetter, c.isASCII { name.append(c); pos += 1 }
        }
        return name
    }

    /// A command that stands for one symbol of `TeXSymbols`' tables: a space, a letter, a
    /// large operator, a function name or an operator; nil for any other.
    private func symbolCommand(_ name: String) -> Atom? {
        if let space = TeXSymbols.spaces[name] { return Atom(node: .space(space)) }
        if let letter = TeXSymbols.italicLetters[name] {
            return Atom(node: .identifier(font == .bold || font == .boldItalic ? bold(letter) : letter,
                                          normal: font == .upright))
        }
        if let symbol = TeXSymbols.uprightSymbols[name] { return Atom(node: .identifier(symbol, normal: true)) }
        if let big = TeXSymbols.largeOperators[name] {
            return Atom(node: .op(big.symbol, MathNode.Operator(takesLimits: true)), limits: big.limits, canTakeLimits: true)
        }
        if let limits = TeXSymbols.functions[name] {
            let shown = name == "argmax" ? "arg max" : name == "argmin" ? "arg min"
                : name == "liminf" ? "lim inf" : name == "limsup" ? "lim sup" : name
            return Atom(node: .identifier(shown, normal: true), limits: limits, canTakeLimits: true, isFunction: true)
        }
        guard let symbol = TeXSymbols.operators[name] else { return nil }
        switch name {
        case "mid": return Atom(node: .op("∣", MathNode.Operator(stretchy: false, relation: true)))
        case "colon": return Atom(node: .op(":", MathNode.Operator(lspace: 0, rspace: 0.1667)))
        case "vert", "Vert", "|", "lvert", "rvert", "lVert", "rVert":
            return Atom(node: .op(symbol, MathNode.Operator(stretchy: false, ordinary: true)))
        case "{", "}", "langle", "rangle", "lfloor", "rfloor", "lceil", "rceil":
            return Atom(node: .op(symbol, MathNode.Operator(stretchy: false)))
        case "_", "%", "&", "#", "$": return Atom(node: .identifier(symbol, normal: true))
        default: return Atom(node: .op(symbol, .plain))
        }
    }

    /// A command of `TeXSymbols`' tables that takes an argument: an accent over (or under)
    /// it, an alphabet for it, or a delimiter at a fixed size; nil for any other.
    private mutating func tableCommandWithArgument(_ name: String) throws -> Atom? {
        if let accent = TeXSymbols.accents[name] {
            let base = try parseArgument(for: "\\" + name)
            let isBrace = name == "overbrace" || name == "underbrace"
            return Atom(node: .accent(base, mark: accent.mark, stretchy: accent.stretchy, under: accent.under),
                        limits: isBrace, canTakeLimits: isBrace)
        }
        if let alphabet = TeXSymbols.fonts[name] {
            let saved = font
            font = alphabet
            defer { font = saved }
            return Atom(node: try parseArgument(for: "\\" + name))
        }
        if let size = TeXSymbols.bigSizes[name] {
            let delimiter = try readDelimiter(after: "\\" + name)
            return Atom(node: .op(delimiter, MathNode.Operator(stretchy: true, size: size)))
        }
        return nil
    }

    /// `\frac{a}{b}` and its display and text forms; `\binom{n}{k}`, a lineless fraction in parentheses.
    private mutating func parseFraction(_ name: String) throws -> Atom {
        let upper = try parseArgument(for: "\\" + name)
        let lower = try parseArgument(for: "\\" + name)
        if name.hasSuffix("binom") {
            return Atom(node: .fenced(open: "(", body: [.fraction(upper, lower, lineless: true)], close: ")"))
        }
        let fraction = MathNode.fraction(upper, lower, lineless: false)
        if name == "dfrac" || name == "cfrac" { return Atom(node: .style(display: true, fraction)) }
        if name == "tfrac" { return Atom(node: .style(display: false, fraction)) }
        return Atom(node: fraction)
    }

    /// `\sqrt{x}` or `\sqrt[n]{x}`.
    private mutating func parseRoot() throws -> Atom {
        skipSpace()
        guard peek() == "[" else { return Atom(node: .sqrt(try parseArgument(for: "\\sqrt"))) }
        let open = pos
        pos += 1
        let (index, stop) = try parseRow(bracket: true)
        guard stop == .closeBracket else { throw error("'[' of \\sqrt[n] is never closed", at: open) }
        pos += 1
        let radicand = try parseArgument(for: "\\sqrt")
        return Atom(node: .root(radicand, index: index.count == 1 ? index[0] : .row(index)))
    }

    /// `\text{…}` and its kin (upright text), `\operatorname{name}` (`*`: limits below and
    /// above), `\mathop{…}` (any argument taking limits).
    private mutating func parseTextOrOperatorName(_ name: String) throws -> Atom {
        switch name {
        case "operatorname":
            var limits = false
            if peek() == "*" { limits = true; pos += 1 }
            let (text, _) = try readBracedText(after: "\\operatorname")
            return Atom(node: .identifier(text.trimmingSpaces(), normal: true), limits: limits, canTakeLimits: true, isFunction: true)
        case "mathop":
            return Atom(node: try parseArgument(for: "\\mathop"), limits: true, canTakeLimits: true)
        default:
            return Atom(node: .text(try readBracedText(after: "\\" + name).text))
        }
    }

    /// Equation numbers: `\label{…}` and `\tag{…}` (`\tag*` without parentheses) of the
    /// current line, `\notag`, and references to them (`\eqref{…}`, `\ref{…}`).
    private mutating func parseNumbering(_ name: String) throws -> Atom? {
        switch name {
        case "label":
            let (label, at) = try readBracedText(after: "\\label")
            if lines[currentLine].label != nil { throw error("a second \\label for one equation", at: at) }
            lines[currentLine].label = label.trimmingSpaces()
            return nil
        case "tag":
            var starred = false
            if peek() == "*" { starred = true; pos += 1 }
            let (tag, at) = try readBracedText(after: "\\tag")
            if lines[currentLine].tag != nil { throw error("a second \\tag for one equation", at: at) }
            lines[currentLine].tag = starred ? "*" + tag : tag
            return nil
        case "notag", "nonumber":
            lines[currentLine].automatic = false
            return nil
        default:   // eqref, ref
            let (label, _) = try readBracedText(after: "\\" + name)
            references.append(label.trimmingSpaces())
            return Atom(node: .reference(label.trimmingSpaces(), parenthesised: name == "eqref"))
        }
    }

    private func bold(_ letter: String) -> String {
        // Bold Greek (𝛂…𝛚) sits at U+1D6C2 for α; other letters stay as they are.
        guard let scalar = letter.unicodeScalars.first, (0x3B1...0x3C9).contains(scalar.value) else { return letter }
        return String(Unicode.Scalar(0x1D6C2 + scalar.value - 0x3B1)!)
    }

    /// `\left( row { \middle| row } \right)`.
    private mutating func parseFenced(start: Int) throws -> MathNode {
        let open = try readDelimiter(after: "\\left")
        var body: [MathNode] = []
        while true {
            let (items, stop) = try parseRow()
            body += items
            switch stop {
            case .right:
                pos += 1 + "right".count
                let close = try readDelimiter(after: "\\right")
                return .fenced(open: open.isEmpty ? nil : open, body: body, close: close.isEmpty ? nil : close)
            case .middle:
                pos += 1 + "middle".count
                let middle = try readDelimiter(after: "\\middle")
                body.append(.op(middle, MathNode.Operator(stretchy: true, fence: true, relation: true)))
            case .end: throw error("\\left without a matching \\right", at: start)
            default: throw error("\\left closed by \(describe(stop)) before its \\right", at: start)
            }
        }
    }

    private mutating func readDelimiter(after command: String) throws -> String {
        skipSpace()
        guard let c = peek() else { throw error("\(command) needs a delimiter such as ( or \\{") }
        var token = String(c)
        let at = pos
        pos += 1
        if c == "\\" {
            guard let next = peek() else { throw error("\(command) needs a delimiter such as ( or \\{") }
            token.append(next)
            pos += 1
            if next.isLetter { while let l = peek(), l.isLetter, l.isASCII { token.append(l); pos += 1 } }
        }
        guard let delimiter = TeXSymbols.delimiter(token) else {
            throw error("\(command) needs a delimiter such as ( [ | \\{ \\langle or ., not '\(token)'", at: at)
        }
        return delimiter
    }

    // MARK: Environments

    private struct Environment {
        var open: String?
        var close: String?
        var align: [String]
        var display = false
        var aligned = false
        /// Each row gets an equation number of its own (align, gather).
        var numberedRows = false
        /// One equation, numbered (equation).
        var single = false
        var numbered = false
        var smaller = false
    }

    private func environment(_ name: String) -> Environment? {
        switch name {
        case "matrix": return Environment(align: ["center"])
        case "pmatrix": return Environment(open: "(", close: ")", align: ["center"])
        case "bmatrix": return Environment(open: "[", close: "]", align: ["center"])
        case "Bmatrix": return Environment(open: "{", close: "}", align: ["center"])
        case "vmatrix": return Environment(open: "|", close: "|", align: ["center"])
        case "Vmatrix": return Environment(open: "‖", close: "‖", align: ["center"])
        case "smallmatrix": return Environment(align: ["center"], smaller: true)
        case "cases": return Environment(open: "{", align: ["left", "left"])
        case "aligned", "alignedat", "split", "align*", "alignat*", "flalign*":
            return Environment(align: ["right", "left"], display: true, aligned: true)
        case "align", "alignat", "flalign":
            return Environment(align: ["right", "left"], display: true, aligned: true, numberedRows: true, numbered: true)
        case "gathered", "gather*": return Environment(align: ["center"], display: true)
        case "gather": return Environment(align: ["center"], display: true, numberedRows: true, numbered: true)
        case "equation*": return Environment(align: ["center"], display: true, single: true)
        case "equation": return Environment(align: ["center"], display: true, single: true, numbered: true)
        case "array": return Environment(align: ["center"])
        default: return nil
        }
    }

    private mutating func parseEnvironment(start: Int) throws -> MathNode {
        let (rawName, nameAt) = try readBracedText(after: "\\begin")
        let name = rawName.trimmingSpaces()
        guard var env = environment(name) else {
            throw error("unknown environment '\(name)' (known: matrix, pmatrix, bmatrix, Bmatrix, vmatrix, Vmatrix, cases, aligned, align, gather, equation, split, array)", at: nameAt)
        }
        if name == "array" {
            let (spec, specAt) = try readBracedText(after: "\\begin{array}")
            env.align = try spec.compactMap { c -> String? in
                switch c {
                case "l": return "left"
                case "c": return "center"
                case "r": return "right"
                case "|", " ": return nil
                default: throw error("array columns are l, c or r, not '\(c)'", at: specAt)
                }
            }
            if env.align.isEmpty { env.align = ["center"] }
        } else if name.hasPrefix("alignat") || name == "alignedat" {
            _ = try readBracedText(after: "\\begin{\(name)}")
        }
        let outerLine = currentLine
        defer { currentLine = outerLine }
        if env.single && env.numbered { lines[currentLine].automatic = true }
        var rows: [[MathNode]] = []
        var rowLines: [Int?] = []
        var cells: [MathNode] = []
        func startRow() {
            if env.numberedRows || (env.aligned && name.hasSuffix("*")) || name == "gather*" {
                lines.append(.init(label: nil, tag: nil, automatic: env.numbered))
                currentLine = lines.count - 1
                rowLines.append(currentLine)
            } else {
                rowLines.append(nil)
            }
        }
        startRow()
        while true {
            let (items, stop) = try parseRow()
            cells.append(items.count == 1 ? items[0] : .row(items))
            switch stop {
            case .ampersand:
                if env.single { throw error("'&' inside \\begin{\(name)}: use aligned for columns") }
                pos += 1
            case .newline:
                if env.single { throw error("'\\\\' inside \\begin{\(name)}: use aligned or gathered for several lines") }
                pos += 1 + (peekCommand() == "cr" ? 2 : 1)
                skipSpace()
                if peek() == "[" { while let c = peek(), c != "]" { pos += 1 }; pos += 1 }  // \\[2pt]
                rows.append(cells)
                cells = []
                startRow()
            case .endEnvironment:
                pos += 1 + "end".count
                let (endName, endAt) = try readBracedText(after: "\\end")
                guard endName.trimmingSpaces() == name else {
                    throw error("\\begin{\(name)} ended by \\end{\(endName)}", at: endAt)
                }
                // A last row left empty by a trailing \\ is not a row.
                if !(cells.count == 1 && cells[0].isEmpty) || rows.isEmpty { rows.append(cells) } else { rowLines.removeLast() }
                if env.single {
                    return .style(display: true, rows[0][0])
                }
                let table = MathNode.Table(rows: rows, columnAlign: env.align, open: env.open, close: env.close,
                                           displayStyle: env.display, alignedPairs: env.aligned, rowLines: rowLines,
                                           smaller: env.smaller)
                return .table(table)
            case .end:
                throw error("\\begin{\(name)} without \\end{\(name)}", at: start)
            default:
                throw error("\\begin{\(name)} closed by \(describe(stop)) before \\end{\(name)}", at: start)
            }
        }
    }

    // MARK: Characters

    private func peek(_ ahead: Int = 0) -> Character? {
        pos + ahead < chars.count ? chars[pos + ahead] : nil
    }

    /// The name of the command at `pos` (which holds a backslash), without consuming it.
    private func peekCommand() -> String {
        guard pos + 1 < chars.count else { return "" }
        let first = chars[pos + 1]
        guard first.isLetter, first.isASCII else { return String(first) }
        var name = ""
        var i = pos + 1
        while i < chars.count, chars[i].isLetter, chars[i].isASCII { name.append(chars[i]); i += 1 }
        return name
    }

    /// Skips spaces and `%` comments.
    private mutating func skipSpace() {
        while let c = peek() {
            if c.isWhitespace { pos += 1 } else if c == "%" {
                while let d = peek(), d != "\n" { pos += 1 }
            } else { return }
        }
    }

    /// `{text}` taken as it is written (for \text, \label, \begin): braces nest, `\{` and
    /// `\}` are braces, other escapes keep their character.
    private mutating func readBracedText(after command: String) throws -> (text: String, at: Int) {
        skipSpace()
        guard peek() == "{" else { throw error("\(command) needs a {…} argument") }
        let open = pos
        pos += 1
        var depth = 0
        var text = ""
        while let c = peek() {
            pos += 1
            if c == "\\", let next = peek() {
                pos += 1
                if "{}$%&#_ ".contains(next) { text.append(next) } else if ",;:\\".contains(next) { text.append(" ") }
                else if next != "!" { text += "\\\(next)" }
                continue
            }
            if c == "{" { depth += 1 } else if c == "}" {
                if depth == 0 { return (text, open + 1) }
                depth -= 1
            }
            text.append(c)
        }
        throw error("the '{' of \(command) is never closed", at: open)
    }

    private func describe(_ stop: Stop) -> String {
        switch stop {
        case .end: return "the end of the formula"
        case .closeBrace: return "'}'"
        case .ampersand: return "'&'"
        case .newline: return "'\\\\'"
        case .endEnvironment: return "\\end"
        case .right: return "\\right"
        case .middle: return "\\middle"
        case .closeBracket: return "']'"
        }
    }

    private func error(_ message: String, at index: Int? = nil) -> TeXError {
        TeXError(message, at: offsets[min(index ?? pos, offsets.count - 1)])
    }
}

private extension Array where Element == MathNode {
    /// True when every element is a prime (`f''`), which a `^` may still follow.
    var allPrimes: Bool {
        allSatisfy { if case .op(let s, _) = $0 { return "′″‴⁗".contains(s) } else { return false } }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
