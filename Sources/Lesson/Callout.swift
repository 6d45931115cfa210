import CMarkGFM
import Foundation

/// GitHub's alerts: a block quote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
/// `[!WARNING]` or `[!CAUTION]` (any case) is drawn as a callout: a coloured box whose
/// title carries an icon (inline SVG) and the kind's name. The Markdown handout keeps the
/// quote as written, which GitHub draws the same way.
enum Callout: String, CaseIterable {
    case note, tip, important, warning, caution

    var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The kind and the marker as written (`[!Note]`) when `blockQuote` is an alert.
    static func marker(of blockQuote: OpaquePointer) -> (Callout, String)? {
        guard let paragraph = cmark_node_first_child(blockQuote),
              cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else { return nil }
        var text = ""
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { break }
            guard type == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(node) else { return nil }
            text += String(cString: literal)
            child = cmark_node_next(node)
        }
        let marker = text.trimmingCharacters(in: .whitespaces)
        guard marker.hasPrefix("[!"), marker.hasSuffix("]"),
              let kind = Callout(rawValue: marker.dropFirst(2).dropLast().lowercased()) else { return nil }
        return (kind, marker)
    }

    /// A 16-unit icon drawn with the text colour of the title.
    var icon: String {
        let dot = { (y: Double) in "<circle cx=\"8\" cy=\"\(y)\" r=\"0.9\" fill=\"currentColor\" stroke=\"none\"/>" }
        let shape: String
        switch self {
        case .note:
            shape = "<circle cx=\"8\" cy=\"8\" r=\"6.5\"/><path d=\"M8 7.2v4.3\"/>" + dot(4.9)
        case .tip:
            shape = "<path d=\"M8 1.5a4.5 4.5 0 0 0-2.7 8.1c.5.4.7.9.7 1.4V12h4v-1c0-.5.2-1 .7-1.4A4.5 4.5 0 0 0 8 1.5z\"/><path d=\"M6.2 14.4h3.6\"/>"
        case .important:
            shape = "<path d=\"M2.5 2.5h11v8.5H8l-3 2.8V11H2.5z\"/><path d=\"M8 4.6v3.2\"/>" + dot(9.6)
        case .warning:
            shape = "<path d=\"M8 1.8l6.8 12H1.2z\"/><path d=\"M8 6v3.8\"/>" + dot(11.7)
        case .caution:
            shape = "<path d=\"M5.3 1.5h5.4l3.8 3.8v5.4l-3.8 3.8H5.3l-3.8-3.8V5.3z\"/><path d=\"M8 4.6v4.2\"/>" + dot(11)
        }
        return "<svg class=\"callout-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" "
            + "fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\">"
            + shape + "</svg>"
    }
}
