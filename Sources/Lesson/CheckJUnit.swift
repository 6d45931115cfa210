import Foundation

/// `--junit FILE`: the check's results as JUnit XML, the format CI servers read:
/// a `<testsuite>` per lesson, a `<testcase>` per cell, a `<failure>` with the report
/// (the diff for a mismatch), `<skipped/>` for `norun` cells and cells not run.
public enum JUnitReport {
    /// The XML document for `results`.
    public static func xml(_ results: [LessonCheckResult]) -> String {
        let tests = results.reduce(0) { $0 + $1.cells.count }
        let failures = results.reduce(0) { $0 + $1.failures.count }
        let skipped = results.reduce(0) { $0 + $1.cells.filter { $0.outcome == .skipped || $0.outcome == .notRun }.count }
        let time = results.reduce(0) { $0 + $1.duration }
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        x += "<testsuites name=\"lesson check\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"\(seconds(time))\">\n"
        for lesson in results {
            let lessonSkipped = lesson.cells.filter { $0.outcome == .skipped || $0.outcome == .notRun }.count
            x += "  <testsuite name=\"\(escape(lesson.path))\" tests=\"\(lesson.cells.count)\" failures=\"\(lesson.failures.count)\" errors=\"0\" skipped=\"\(lessonSkipped)\" time=\"\(seconds(lesson.duration))\">\n"
            for check in lesson.cells {
                let name = "cell \(check.cell.index + 1) (line \(check.cell.fenceLine))"
                x += "    <testcase name=\"\(escape(name))\" classname=\"\(escape(lesson.path))\" file=\"\(escape(lesson.path))\" line=\"\(check.cell.fenceLine)\" time=\"\(seconds(check.duration))\""
                switch check.outcome {
                case .passed:
                    x += "/>\n"
                case .skipped:
                    x += ">\n      <skipped message=\"norun\"/>\n    </testcase>\n"
                case .notRun:
                    x += ">\n      <skipped message=\"not run: an earlier cell failed\"/>\n    </testcase>\n"
                case .failed:
                    let f = check.failure
                    x += ">\n      <failure message=\"\(escape(f?.message ?? "failed"))\" type=\"\(f?.diff == nil ? "error" : "mismatch")\">"
                    x += escape(f?.details ?? "") + "</failure>\n    </testcase>\n"
                }
            }
            x += "  </testsuite>\n"
        }
        x += "</testsuites>\n"
        return x
    }

    private static func seconds(_ s: Double) -> String { String(format: "%.3f", s) }

    /// Escapes text for an attribute or element; drops characters XML 1.0 cannot hold.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
