/// Escaping for text that goes into HTML: everything a lesson prints passes through here
/// before it reaches a page, so no output can open a tag, close an attribute or start an
/// entity of its own.
public enum HTMLEscaping {
    /// `text` safe inside an element or a double- or single-quoted attribute value:
    /// `& < > " '` become entities. Works on UTF-8 bytes; text with nothing to escape is
    /// returned as is, without a copy.
    public static func escape(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Appends `text`, escaped, to `out` (no intermediate string for the common case).
    public static func append(_ text: String, to out: inout String) {
        var needsWork = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needsWork = true
            break
        }
        if !needsWork {
            out += text
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: amp)
            case 0x3C: bytes.append(contentsOf: lt)
            case 0x3E: bytes.append(contentsOf: gt)
            case 0x22: bytes.append(contentsOf: quot)
            case 0x27: bytes.append(contentsOf: apos)
            default: bytes.append(byte)
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let apos = Array("&#39;".utf8)
}
