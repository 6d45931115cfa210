/// A formula's tree, close to MathML's layout elements: the parser makes it, the writer
/// writes it. Each case says how it is drawn, not what TeX wrote.
indirect enum MathNode: Sendable {
    /// `<mi>`: a letter, a name; `normal` draws a single letter upright.
    case identifier(String, normal: Bool)
    /// `<mn>`.
    case number(String)
    /// `<mo>`.
    case op(String, Operator)
    /// `<mtext>`.
    case text(String)
    /// `<mspace>` of a width in em.
    case space(Double)
    case row([MathNode])
    /// `\frac` (`thin`: `\binom`'s line-less fraction).
    case fraction(MathNode, MathNode, lineless: Bool)
    case sqrt(MathNode)
    case root(MathNode, index: MathNode)
    /// A base with scripts; `limits` puts them under and over in display style.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Bool)
    /// An accent over (or under) its base.
    case accent(MathNode, mark: String, stretchy: Bool, under: Bool)
    /// `\left( … \right)`: the delimiters stretch to the content (nil: `\left.`).
    case fenced(open: String?, body: [MathNode], close: String?)
    case table(Table)
    /// `\displaystyle` (true) or `\textstyle` (false) for what follows in its group.
    case style(display: Bool, MathNode)
    /// `\eqref{name}` (parenthesised) or `\ref{name}`.
    case reference(String, parenthesised: Bool)

    /// How an `<mo>` is drawn beyond the operator dictionary's defaults.
    struct Operator: Sendable, Hashable {
        var stretchy: Bool? = nil
        var fence = false
        /// A size from `\big` and friends, in em.
        var size: Double? = nil
        /// A large operator or a name that takes limits (`\sum`, `\lim`, `\max`).
        var takesLimits = false
        /// Draws as an ordinary symbol: no space around it (a `|` used as `\vert`).
        var ordinary = false
        /// Spacing of a relation (`\mid`).
        var relation = false
        /// Space before and after, in em, when TeX's differs from the dictionary's.
        var lspace: Double? = nil
        var rspace: Double? = nil

        static let plain = Operator()
    }

    /// A grid of cells: a matrix, `cases`, the rows of `aligned`.
    struct Table: Sendable {
        var rows: [[MathNode]]
        /// Per column: "left", "center", "right"; repeats when a row is longer.
        var columnAlign: [String]
        var open: String?
        var close: String?
        /// Cells drawn in display style (aligned equations), not text style (matrices).
        var displayStyle: Bool
        /// `aligned`: pairs of right- and left-aligned columns with no gap inside a pair.
        var alignedPairs: Bool
        /// Per row: the index into the formula's numbered lines, when the row has a number.
        var rowLines: [Int?]
        var smaller = false
    }

    /// True for an operator: TeX puts no space between it and a function name after it.
    var isOperator: Bool {
        switch self {
        case .op: return true
        case .space: return true
        default: return false
        }
    }

    /// True for an empty row (`{}`), drawn as nothing.
    var isEmpty: Bool {
        if case .row(let items) = self { return items.isEmpty }
        return false
    }
}
