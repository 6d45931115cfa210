/// What one cell shows, in the order it happened (LANGUAGE.md §4). Renderers walk these;
/// nothing here is preformatted HTML or Markdown, so every renderer decides its own escaping.
public enum CellOutput: Hashable, Sendable {
    /// Text the cell printed, exactly as printed (terminators included).
    case text(String)
    /// A value passed to `display(_:)`, or the value of the cell's final expression.
    case value(DisplayValue)
    /// A table from `table(_:_:)`.
    case table(TableOutput)
    /// Markdown from `markdown(_:)`, rendered as prose.
    case markdown(String)
    /// A chart, already drawn as SVG.
    case chart(ChartOutput)
    /// The error that ended the cell.
    case error(Diagnostic)
}

/// A value as the cell shows it: the text `print` would give, plus structure for rich renderers.
public struct DisplayValue: Hashable, Sendable, Codable {
    /// The plain-text form, as it appears in the Markdown handout and in ```output blocks.
    public var text: String
    /// The value's type as the lesson language names it: `Tensor`, `Double`, `[Int]`.
    public var typeName: String
    /// For tensors and nested arrays: the values laid out for an aligned matrix view.
    public var grid: Grid?

    public init(text: String, typeName: String, grid: Grid? = nil) {
        self.text = text
        self.typeName = typeName
        self.grid = grid
    }
}

/// Numbers laid out as a matrix for display. `shape` is the value's full shape; `rows`
/// are its elements formatted as text, one array per row of the last two axes (a rank-3
/// tensor's slices follow one another, a rank-1 tensor is one row, a scalar one cell).
/// A summarised tensor's rows hold `rowGap`, `columnGap` and `bothGap` where elements are
/// left out, exactly where its text form writes `...`.
public struct Grid: Hashable, Sendable, Codable {
    public var shape: [Int]
    public var rows: [[String]]
    /// True when the view leaves elements out (a large tensor is summarised with `…`).
    public var truncated: Bool
    /// The matrices `rows` make, in order, for a value of rank 3 or more: each slice's label
    /// (`[1, :, :]`, or `[…]` for slices left out) and how many of `rows` it takes. Nil: one matrix.
    public var slices: [GridSlice]?

    /// The cell standing for rows left out.
    public static let rowGap = "⋮"
    /// The cell standing for columns left out.
    public static let columnGap = "…"
    /// The cell where left-out rows and columns cross.
    public static let bothGap = "⋱"

    public init(shape: [Int], rows: [[String]], truncated: Bool = false, slices: [GridSlice]? = nil) {
        self.shape = shape
        self.rows = rows
        self.truncated = truncated
        self.slices = slices
    }
}

/// One matrix of a `Grid` of rank 3 or more: its label and the number of rows it takes.
public struct GridSlice: Hashable, Sendable, Codable {
    public var label: String
    public var rowCount: Int

    public init(label: String, rowCount: Int) {
        self.label = label
        self.rowCount = rowCount
    }
}

/// A table: a header row and rows of cells, already formatted as text.
public struct TableOutput: Hashable, Sendable, Codable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }
}

/// A chart drawn as a standalone SVG document, with the title that names it.
public struct ChartOutput: Hashable, Sendable, Codable {
    /// The whole chart as one SVG document (the Markdown handout's chart file).
    public var svg: String
    public var title: String
    /// The chart laid out for a web page, when the chart knows it: its panels one by one (so a
    /// page can stack them on a narrow screen), each perhaps with a version drawn for a phone.
    public var layout: ChartLayout?

    public init(svg: String, title: String, layout: ChartLayout? = nil) {
        self.svg = svg
        self.title = title
        self.layout = layout
    }
}

/// A chart's panels for a web page: `columns` to a row where the page is wide enough, under
/// an overall `title` (empty for none).
public struct ChartLayout: Hashable, Sendable, Codable {
    public var title: String
    public var columns: Int
    public var panels: [ChartPanel]

    public init(title: String, columns: Int, panels: [ChartPanel]) {
        self.title = title
        self.columns = columns
        self.panels = panels
    }
}

/// One panel of a chart: its SVG document and, when that is too wide to read on a phone, the
/// same panel drawn narrower.
public struct ChartPanel: Hashable, Sendable, Codable {
    public var svg: String
    public var narrowSVG: String?

    public init(svg: String, narrowSVG: String? = nil) {
        self.svg = svg
        self.narrowSVG = narrowSVG
    }
}

extension DisplayValue {
    /// A value that cannot be shown, such as a figure whose chart cannot be drawn (display
    /// hooks cannot throw): showing it, as a cell's value or with `display`, is an error
    /// with `message` at the line that shows it.
    public static func failure(_ message: String, typeName: String) -> DisplayValue {
        DisplayValue(text: failurePrefix + message, typeName: typeName)
    }

    private static let failurePrefix = "\u{1}failure\u{1}"

    /// The message of a `failure` value; nil for a value that can be shown.
    public var failureMessage: String? {
        text.hasPrefix(Self.failurePrefix) ? String(text.dropFirst(Self.failurePrefix.count)) : nil
    }

    /// The bytes this value adds to a cell's output (its text and its grid's cells).
    public var byteCount: Int {
        text.utf8.count + (grid?.rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 1 } } ?? 0)
    }
}

extension TableOutput {
    /// The bytes this table adds to a cell's output (every cell and a separator each).
    public var byteCount: Int {
        header.reduce(0) { $0 + $1.utf8.count + 1 } + rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 1 } }
    }
}
