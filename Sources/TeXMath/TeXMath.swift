// TeXMath: the TeX a lecture writes, turned into MathML Core (which Chromium, Firefox and
// Safari draw natively: no JavaScript, no web fonts, no network).
//
// The grammar read (a subset of LaTeX math mode, as KaTeX and MathJax read it):
//
//   formula     := row
//   row         := { item } — up to `}`, `&`, `\\`, `\end`, `\right`, `\middle` or the end
//   item        := atom { script }
//   script      := "^" argument | "_" argument | "'"…        (at most one ^ and one _)
//   argument    := "{" row "}" | one character | one command with its own arguments
//   atom        := letter                                     -> <mi>
//                | digits ["." digits]                        -> <mn>
//                | + - = < > ( ) [ ] | / , ; : ! ? * .        -> <mo>
//                | "{" row "}"                                -> <mrow>
//                | "\" name [arguments]                       (the tables in TeXSymbols)
//                | "\left" delimiter row { "\middle" delimiter row } "\right" delimiter
//                | "\begin{" env "}" cells "\end{" env "}"
//   cells       := cell { "&" cell } { "\\" cell { "&" cell } }
//   env         := matrix | pmatrix | bmatrix | Bmatrix | vmatrix | Vmatrix | smallmatrix
//                | cases | aligned | alignedat | gathered | split | array{cols}
//                | align | align* | equation | equation* | gather | gather*
//
// Commands with arguments: \frac \dfrac \tfrac \binom {a}{b}; \sqrt[n]{x}; accents \hat
// \widehat \bar \overline \underline \vec \tilde \widetilde \dot \ddot \check \breve
// \acute \grave \mathring \overrightarrow {x}; \overbrace \underbrace {x}; fonts \mathrm
// \mathbf \mathit \mathbb \mathcal \mathscr \mathfrak \mathsf \mathtt \boldsymbol \bm {x};
// \text \textrm \textbf \textit \mbox {words}; \operatorname{name} (\operatorname* takes
// limits); \label{name} \tag{text} \tag*{text} \eqref{name} \ref{name}; \notag \nonumber;
// \big \Big \bigg \Bigg (with l, r, m) before a delimiter; \displaystyle \textstyle;
// \limits \nolimits after a large operator. Everything else is a symbol of TeXSymbols.
// `%` starts a comment to the end of the line. Anything outside this grammar is a
// `TeXError` that says what and where: a formula is never half drawn.

/// A TeX formula parsed and ready to write as MathML.
public struct MathFormula: Sendable {
    /// The TeX as written.
    public let tex: String
    let root: MathNode
    /// The lines of the formula that carry an equation number, in order: one for a plain
    /// display formula, one per row of `align`/`gather`.
    public let numberedLines: [NumberedLine]
    /// The labels the formula's `\eqref` and `\ref` name, in order.
    public let references: [String]

    /// A line that gets an equation number: its `\label` (for `\eqref`) and its `\tag`
    /// (shown instead of a running number). `automatic` lines (rows of `align`, `equation`)
    /// are numbered even without a label, as LaTeX numbers them.
    public struct NumberedLine: Sendable, Hashable {
        public var label: String?
        public var tag: String?
        public var automatic: Bool
        /// True when the line is shown with a number at all.
        public var isNumbered: Bool { label != nil || tag != nil || automatic }
    }

    /// Parses `tex`; throws a `TeXError` with the UTF-8 offset of the problem in `tex`.
    public init(tex: String) throws {
        var parser = TeXParser(tex)
        let parsed = try parser.parseFormula()
        self.tex = tex
        self.root = parsed.root
        self.numberedLines = parsed.lines
        self.references = parser.references
    }

    /// The formula as one `<math>` element. `display` draws it as a block (limits above and
    /// below sums); `numbers` gives the number each of `numberedLines` shows ("1", "2a"; nil:
    /// none) and `anchors` its id; the rows of a table show theirs at the right margin (the
    /// formula's own line, index 0, is the caller's to place). `reference` gives
    /// what `\eqref{name}` and `\ref{name}` show ("3"; nil: "??").
    public func mathML(display: Bool, numbers: [String?] = [], anchors: [String?] = [],
                       reference: @escaping (String) -> String? = { _ in nil }) -> String {
        var writer = MathMLWriter(display: display, reference: reference)
        writer.lineNumbers = numbers
        writer.lineAnchors = anchors
        return writer.document(root, tex: tex)
    }

    /// When the whole formula is one `\eqref{name}` (or `\ref{name}`): the name, so that the
    /// page can make it a link (MathML Core has no links inside formulas).
    public var soleReference: (name: String, parenthesised: Bool)? {
        if case .reference(let name, let parens) = root { return (name, parens) }
        if case .row(let items) = root, items.count == 1, case .reference(let name, let parens) = items[0] {
            return (name, parens)
        }
        return nil
    }
}

/// Why a formula could not be read: a message in the words of TeX users and where.
public struct TeXError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    /// UTF-8 offset in the formula's TeX where the problem is.
    public let offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}
