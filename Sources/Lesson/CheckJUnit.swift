import Foundation

/// `--junit FILE`: results as JUnit XML, the format CI servers read. `lesson check` writes
/// a `<testsuite>` per lesson, a `<testcase>` per cell, a `<failure>` with the report
/// (the diff for a mismatch), `<skipped/>` for `norun` cells and cells not run;
/// `lesson grade` a `<testcase>` per exercise.
public enum JUnitReport {
    /// One `<testcase>`.
    public struct TestCase: Sendable {
        public enum Outcome: Sendable {
            case passed
            case skipped(String)
            /// `message` is one line; `type` "error" or "mismatch"; `details` the full report.
            case failed(message: String, type: String, details: String)
        }
        public var name: String
        public var file: String
        public var line: Int
        public var time: Double
        public var outcome: Outcome

        public init(name: String, file: String, line: Int, time: Double, outcome: Outcome) {
            self.name = name
            self.file = file
            self.line = line
            self.time = time
            self.outcome = outcome
        }
    }

    /// One `<testsuite>`.
    public struct Suite: Sendable {
        public var name: String
        public var time: Double
        public var cases: [TestCase]

        public init(name: String, time: Double, cases: [TestCase]) {
            self.name = name
            self.time = time
            self.cases = cases
        }
    }

    /// The XML document for `lesson check`'s `results`.
    public static func xml(_ results: [LessonCheckResult]) -> String {
        xml(name: "lesson check", suites: suites(results))
    }

    /// A suite per lesson of `lesson check`'s `results`, a case per cell.
    public static func suites(_ results: [LessonCheckResult]) -> [Suite] {
        results.map { lesson in
            Suite(name: lesson.path, time: lesson.duration, cases: lesson.cells.map { check in
                let outcome: TestCase.Outcome
                switch check.outcome {
                case .passed: outcome = .passed
                case .skipped: outcome = .skipped("norun")
                case .notRun: outcome = .skipped("not run: an earlier cell failed")
                case .failed:
                    let f = check.failure
                    outcome = .failed(message: f?.message ?? "failed", type: f?.diff == nil ? "error" : "mismatch",
                                      details: f?.details ?? "")
                }
                return TestCase(name: "cell \(check.cell.index + 1) (line \(check.cell.fenceLine))", file: lesson.path,
                                line: check.cell.fenceLine, time: check.duration, outcome: outcome)
            })
        }
    }

    /// The XML document for `suites`, under `<testsuites name="name">`.
    public static func xml(name: String, suites: [Suite]) -> String {
        func isSkipped(_ c: TestCase) -> Bool { if case .skipped = c.outcome { return true } else { return false } }
        func isFailed(_ c: TestCase) -> Bool { if case .failed = c.outcome { return true } else { return false } }
        let all = suites.flatMap(\.cases)
        let time = suites.reduce(0) { $0 + $1.time }
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        x += "<testsuites name=\"\(escape(name))\" tests=\"\(all.count)\" failures=\"\(all.filter(isFailed).count)\" errors=\"0\" skipped=\"\(all.filter(isSkipped).count)\" time=\"\(seconds(time))\">\n"
        for suite in suites {
            x += "  <testsuite name=\"\(escape(suite.name))\" tests=\"\(suite.cases.count)\" failures=\"\(suite.cases.filter(isFailed).count)\" errors=\"0\" skipped=\"\(suite.cases.filter(isSkipped).count)\" time=\"\(seconds(suite.time))\">\n"
            for test in suite.cases {
                x += "    <testcase name=\"\(escape(test.name))\" classname=\"\(escape(suite.name))\" file=\"\(escape(test.file))\" line=\"\(test.line)\" time=\"\(seconds(test.time))\""
                switch test.outcome {
                case .passed:
                    x += "/>\n"
                case .skipped(let why):
                    x += ">\n      <skipped message=\"\(escape(why))\"/>\n    </testcase>\n"
                case .failed(let message, let type, let details):
                    x += ">\n      <failure message=\"\(escape(message))\" type=\"\(escape(type))\">"
                    x += escape(details) + "</failure>\n    </testcase>\n"
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
