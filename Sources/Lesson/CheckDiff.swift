/// A short unified diff of an expected block against a cell's actual output, as printed
/// under `path:line: error: output differs`. Lines equal within the tolerance count as equal.
public enum OutputDiff {
    /// The diff: `--- expected`, `+++ actual`, then hunks with `context` lines around each
    /// change, cut after `maxLines` lines.
    public static func unified(expected: String, actual: String, rtol: Double = OutputComparison.defaultRelativeTolerance,
                               context: Int = 2, maxLines: Int = 40) -> String {
        let e = OutputComparison.lines(of: expected), a = OutputComparison.lines(of: actual)
        let ops = editScript(e, a, rtol: rtol)
        var out = ["--- expected", "+++ actual"]
        // Group the script into hunks: runs of changes with up to `context` equal lines around.
        var i = 0
        while i < ops.count {
            guard ops[i].kind != .same else { i += 1; continue }
            var start = i
            var seen = 0
            while start > 0, ops[start - 1].kind == .same, seen < context { start -= 1; seen += 1 }
            var end = i
            while end < ops.count {
                if ops[end].kind != .same { end += 1; continue }
                var run = end
                while run < ops.count, ops[run].kind == .same { run += 1 }
                if run < ops.count && run - end <= 2 * context { end = run; continue }
                end = min(run, end + context)
                break
            }
            let hunk = ops[start..<end]
            let eStart = ops[..<start].filter { $0.kind != .added }.count
            let aStart = ops[..<start].filter { $0.kind != .removed }.count
            let eCount = hunk.filter { $0.kind != .added }.count, aCount = hunk.filter { $0.kind != .removed }.count
            out.append("@@ -\(range(eStart, eCount)) +\(range(aStart, aCount)) @@")
            for op in hunk {
                switch op.kind {
                case .same: out.append(" " + e[op.expectedIndex])
                case .removed: out.append("-" + e[op.expectedIndex])
                case .added: out.append("+" + a[op.actualIndex])
                }
            }
            i = end
        }
        if out.count > maxLines + 2 {
            let more = out.count - maxLines - 2
            out = Array(out.prefix(maxLines + 2)) + ["... (\(more) more diff lines)"]
        }
        return out.joined(separator: "\n")
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    struct Op {
        enum Kind { case same, removed, added }
        var kind: Kind
        var expectedIndex: Int
        var actualIndex: Int
    }

    /// The longest-common-subsequence edit script; past a size limit, everything changed.
    static func editScript(_ e: [Substring], _ a: [Substring], rtol: Double) -> [Op] {
        let n = e.count, m = a.count
        guard n * m <= 4_000_000 else {
            return e.indices.map { Op(kind: .removed, expectedIndex: $0, actualIndex: 0) }
                + a.indices.map { Op(kind: .added, expectedIndex: n, actualIndex: $0) }
        }
        // lcs[i * (m + 1) + j] = length of the LCS of e[i...] and a[j...].
        var lcs = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i * (m + 1) + j] = OutputComparison.lineMatches(e[i], a[j], rtol: rtol)
                    ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1])
            }
        }
        var ops: [Op] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, OutputComparison.lineMatches(e[i], a[j], rtol: rtol) {
                ops.append(Op(kind: .same, expectedIndex: i, actualIndex: j)); i += 1; j += 1
            } else if j < m, i == n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j] {
                ops.append(Op(kind: .added, expectedIndex: i, actualIndex: j)); j += 1
            } else {
                ops.append(Op(kind: .removed, expectedIndex: i, actualIndex: j)); i += 1
            }
        }
        // Show removals before additions within a change, as diff(1) does.
        var k = 0
        while k < ops.count {
            guard ops[k].kind != .same else { k += 1; continue }
            var end = k
            while end < ops.count, ops[end].kind != .same { end += 1 }
            let change = ops[k..<end]
            ops.replaceSubrange(k..<end, with: change.filter { $0.kind == .removed } + change.filter { $0.kind == .added })
            k = end
        }
        return ops
    }
}
