/// Builds SVG text into a byte buffer: coordinates with one decimal (deterministic and
/// short), every drawn text escaped. Coordinates are written by hand because a million-point
/// series would otherwise spend its time in String formatting.
///
/// A writer holds at most `limit` bytes: past it, appends are dropped and `overflowed` is
/// set, so a figure that would draw a million bars costs its loop, not a gigabyte of text,
/// and the document refuses it with a clear message (`SVGDocument.render`).
struct SVGWriter {
    /// The most SVG one chart may take. Long lines, big scatters, heatmaps and contours are
    /// reduced to well under it; only a figure of very many bars, series or labels gets here.
    static let maximumBytes = 4 << 20

    private(set) var bytes: [UInt8] = []
    /// Bytes past which appends are dropped.
    let limit: Int
    /// True once an append was dropped: the document is incomplete and must not be used.
    private(set) var overflowed = false

    init(capacity: Int = 16_384, limit: Int = SVGWriter.maximumBytes) {
        self.limit = limit
        bytes.reserveCapacity(min(capacity, limit))
    }

    /// Bytes of drawings kept outside this writer that end up in the same document (a
    /// contour's `<symbol>`), counted against `limit` too.
    private(set) var externalBytes = 0

    /// Counts a drawing made in `other` and kept elsewhere in the document against this
    /// writer's limit; a drawing that overflowed its own writer overflows this one.
    mutating func countExternal(_ other: SVGWriter) {
        externalBytes += other.bytes.count
        if other.overflowed || bytes.count + externalBytes >= limit { overflowed = true }
    }

    /// The document so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// True (and `overflowed` set) when the writer is full; every append checks it first.
    private mutating func full() -> Bool {
        if bytes.count + externalBytes < limit { return false }
        overflowed = true
        return true
    }

    /// Appends markup verbatim (our own constant markup only, never user text).
    mutating func raw(_ s: String) {
        if full() { return }
        bytes.append(contentsOf: s.utf8)
    }

    /// Appends user text escaped for XML content and attribute values.
    mutating func escaped(_ s: String) {
        if full() { return }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case UInt8(ascii: "'"): raw("&#39;")
            // XML 1.0 forbids most control characters even as references: drop them.
            case 0..<32 where b != 9 && b != 10 && b != 13: continue
            default: bytes.append(b)
            }
        }
    }

    /// Appends a coordinate rounded to 0.1: "12", "12.5", "-3.1".
    mutating func num(_ v: Double) {
        if full() { return }
        let scaled = (v * 10).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { bytes.append(UInt8(ascii: "0")); return }
        var i = Int(scaled)
        if i < 0 { bytes.append(UInt8(ascii: "-")); i = -i }
        let whole = i / 10, frac = i % 10
        appendInt(whole)
        if frac != 0 { bytes.append(UInt8(ascii: ".")); bytes.append(UInt8(48 + frac)) }
    }

    /// Appends a non-negative integer.
    mutating func appendInt(_ n: Int) {
        if full() { return }
        if n < 10 { bytes.append(UInt8(48 + n)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var m = n
        withUnsafeMutableBytes(of: &digits) { buf in
            while m > 0 { buf[count] = UInt8(48 + m % 10); m /= 10; count += 1 }
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(buf[k]) }
        }
    }

    /// Appends ` name="value"` with a coordinate value.
    mutating func attr(_ name: String, _ v: Double) {
        raw(" "); raw(name); raw("=\""); num(v); raw("\"")
    }

    /// Appends a <text> element with escaped content.
    mutating func text(_ s: String, x: Double, y: Double, cls: String, anchor: String = "middle",
                       rotate: Double? = nil, fill: String? = nil, fontSize: Double? = nil) {
        raw("<text class=\""); raw(cls); raw("\"")
        attr("x", x); attr("y", y)
        if anchor != "start" { raw(" text-anchor=\""); raw(anchor); raw("\"") }
        if let r = rotate {
            raw(" transform=\"rotate("); num(r); raw(" "); num(x); raw(" "); num(y); raw(")\"")
        }
        if let f = fill { raw(" fill=\""); raw(f); raw("\"") }
        if let size = fontSize { raw(" style=\"font-size:"); num(size); raw("px\"") }
        raw(">"); escaped(s); raw("</text>\n")
    }

    /// Appends an axis-aligned rectangle.
    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, extra: String) {
        raw("<rect"); attr("x", x); attr("y", y); attr("width", max(0, w)); attr("height", max(0, h))
        raw(" "); raw(extra); raw("/>\n")
    }

    /// Appends a straight line.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cls: String) {
        raw("<line class=\""); raw(cls); raw("\" stroke=\"")
        raw(cls == "lc-grid" ? Theme.gridFallback : Theme.axisFallback); raw("\"")
        attr("x1", x1); attr("y1", y1); attr("x2", x2); attr("y2", y2); raw("/>\n")
    }
}

/// 64-bit FNV-1a of bytes: a deterministic name for a chart's element ids.
func fnv1a(_ bytes: [UInt8]) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
    return h
}

extension SVGWriter {
    /// Appends path data for a polyline: "M x yL x y x y ...", closed with Z when asked.
    mutating func pathData(_ xs: [Double], _ ys: [Double], _ range: Range<Int>, close: Bool = false) {
        guard !range.isEmpty else { return }
        var k = range.lowerBound
        raw("M"); num(xs[k]); raw(" "); num(ys[k])
        if range.count == 1 { raw("h0"); return }  // a lone point still shows with round caps
        k += 1
        raw("L")
        while k < range.upperBound {
            num(xs[k]); raw(" "); num(ys[k])
            k += 1
            if k < range.upperBound { raw(" ") }
        }
        if close { raw("Z") }
    }

    /// Appends path data for every run of a pixel polyline.
    mutating func pathData(_ p: PixelPolyline) {
        for (r, start) in p.runStarts.enumerated() {
            let end = r + 1 < p.runStarts.count ? p.runStarts[r + 1] : p.count
            pathData(p.xs, p.ys, start..<end)
        }
    }

    /// Appends path data for a closed polygon.
    mutating func polygonData(_ pts: [PointZ]) {
        pathData(pts.map(\.x), pts.map(\.y), 0..<pts.count, close: true)
    }
}
