/// Drawings a chart uses more than once (the same contour under two panels), kept as
/// `<symbol>`s in the document's `<defs>` and placed with `<use>`. A symbol's id is named
/// after its content, not its chart, so a page holding several charts can keep one copy of
/// a drawing they share (the lesson renderer drops the repeats).
struct SVGSymbols {
    /// Ids start with this; nothing else in a chart does.
    static let idPrefix = "lcsym"
    /// The symbols' coordinate system: a square of this side, stretched over its box by `<use>`.
    static let side = 1000.0

    private(set) var symbols: [(id: String, markup: String)] = []

    var isEmpty: Bool { symbols.isEmpty }

    /// Adds the drawing `body` (in a `side` × `side` box) unless it is there already; returns its id.
    mutating func add(_ body: [UInt8]) -> String {
        let id = Self.idPrefix + String(fnv1a(body) & 0xffff_ffff_ffff, radix: 16)
        if !symbols.contains(where: { $0.id == id }) {
            let side = Int(Self.side)
            let markup = "<symbol id=\"\(id)\" viewBox=\"0 0 \(side) \(side)\" preserveAspectRatio=\"none\" overflow=\"visible\">\n"
                + String(decoding: body, as: UTF8.self) + "</symbol>\n"
            symbols.append((id, markup))
        }
        return id
    }

    /// The `<defs>` holding every symbol (empty when there are none).
    var defs: String {
        isEmpty ? "" : "<defs>\n" + symbols.map(\.markup).joined() + "</defs>\n"
    }
}
