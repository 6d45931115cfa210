import Foundation

/// Prints an HTML page to PDF with headless Chromium, when it is installed. The page's
/// print stylesheet decides how it looks on paper.
public enum ChromiumPDF {
    /// Why no PDF was made.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Names Chromium goes by on Linux and macOS, looked up on PATH in this order.
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    /// The Chromium executable on PATH (or in $CHROMIUM), if any.
    public static func executable() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) {
            return explicit
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in candidates {
            for folder in path.split(separator: ":") {
                let file = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: file) { return file }
            }
        }
        let mac = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
        return FileManager.default.isExecutableFile(atPath: mac) ? mac : nil
    }

    /// Prints `htmlFile` to `pdfPath`; gives up after `timeout` seconds.
    public static func print(htmlFile: String, to pdfPath: String, timeout: Double = 180) -> Result<Void, Problem> {
        guard let chromium = executable() else {
            return .failure(Problem(description:
                "--pdf needs Chromium, which was not found (looked for \(candidates.joined(separator: ", ")) on PATH, or set CHROMIUM=/path/to/chromium); install it, e.g. `apt-get install chromium`"))
        }
        let page = URL(fileURLWithPath: htmlFile).standardizedFileURL
        let target = URL(fileURLWithPath: pdfPath).standardizedFileURL.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            // The page numbers come from the print style sheet; the header and footer Chromium
            // would add show the file's path. The outline (bookmarks) follows the headings.
            "--no-pdf-header-footer", "--generate-pdf-document-outline", "--print-to-pdf=\(target)", page.absoluteString,
        ]
        // Chromium's log goes to a file: a pipe nobody reads could fill up and stall it.
        let logPath = NSTemporaryDirectory() + "lesson-chromium-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: logPath) }
        process.standardError = FileHandle(forWritingAtPath: logPath)
        process.standardOutput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try FileManager.default.removeItem(atPath: target)
        } catch {}
        do {
            try process.run()
        } catch {
            return .failure(Problem(description: "could not start \(chromium): \(error.localizedDescription)"))
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            return .failure(Problem(description: "\(chromium) did not finish printing within \(Int(timeout)) s"))
        }
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: target) else {
            let log = FileManager.default.contents(atPath: logPath) ?? Data()
            let tail = String(decoding: log.suffix(600), as: UTF8.self)
            return .failure(Problem(description: "\(chromium) could not print the PDF (exit \(process.terminationStatus)): \(tail)"))
        }
        return .success(())
    }
}
