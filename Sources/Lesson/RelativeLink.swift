/// Links between the pages of a built course, made from file names that came from the
/// course folder and so may be anything a file system allows.
///
/// A name such as `javascript:alert(1).md` must not become `href="javascript:alert(1).html"`,
/// which a browser reads as a URL scheme; nor may `\\evil.example\x.md` become a link to
/// another host (browsers read `\` as `/`). So a link is always a relative path: the name
/// percent-encoded as one path segment (only unreserved ASCII and a few harmless marks
/// left as they are, so `:` `/` `\` `?` `#` `%` are encoded), and prefixed with `./` when it
/// holds a colon, as RFC 3986 §4.2 asks of a first segment that looks like a scheme.
enum RelativeLink {
    /// The href of the file `name` in the same folder as the linking page.
    static func href(toFile name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "*"),
                 UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "@"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return name.contains(":") ? "./" + out : out
    }
}
