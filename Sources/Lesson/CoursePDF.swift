import Foundation

/// Prints the one-page course to a PDF with headless Chromium: A4 or letter, page numbers
/// (the print style sheet's page margin boxes), bookmarks by lesson and section (Chromium's
/// document outline), and a table of contents with page numbers. Chromium cannot number a
/// contents page itself (no CSS `target-counter`), so the course is printed twice: the first
/// print's outline says on which page each lesson and section starts, and the second print
/// writes those numbers into the contents, whose entries hold the same room either way, so
/// no page moves. The PDF is written aside and renamed into place.
struct CoursePDF {
    var pages: HTMLPages
    var title: String
    var introduction: String?
    var entries: [CourseEntry]
    /// A CSS page size: `A4` or `letter`.
    var paper: String

    /// Prints to `pdfPath`; temporary files go beside it (so that the page's relative links
    /// and images resolve as in course.html) and are removed.
    func print(to pdfPath: String) -> Result<Void, ChromiumPDF.Problem> {
        let folder = (pdfPath as NSString).deletingLastPathComponent
        let stem = (folder.isEmpty ? "" : folder + "/") + ".course-print-\(getpid())"
        let html = stem + ".html", first = stem + "-1.pdf", second = stem + "-2.pdf"
        defer { for file in [html, first, second] { try? FileManager.default.removeItem(atPath: file) } }
        do {
            try HandoutWriter.write(pages.coursePage(title: title, introduction: introduction, entries: entries, paper: paper), to: html)
        } catch {
            return .failure(ChromiumPDF.Problem(description: "\(html): \(error)"))
        }
        if case .failure(let problem) = ChromiumPDF.print(htmlFile: html, to: first) { return .failure(problem) }
        var final = first
        let numbers = Self.pageNumbers(PDFOutline.read(path: first), entries: entries)
        if !numbers.isEmpty {
            do {
                try HandoutWriter.write(pages.coursePage(title: title, introduction: introduction, entries: entries,
                                                         paper: paper, pages: numbers), to: html)
            } catch {
                return .failure(ChromiumPDF.Problem(description: "\(html): \(error)"))
            }
            if case .failure(let problem) = ChromiumPDF.print(htmlFile: html, to: second) { return .failure(problem) }
            final = second
        }
        do {
            if FileManager.default.fileExists(atPath: pdfPath) { try FileManager.default.removeItem(atPath: pdfPath) }
            try FileManager.default.moveItem(atPath: final, toPath: pdfPath)
        } catch {
            return .failure(ChromiumPDF.Problem(description: "\(pdfPath): cannot write the PDF: \(error.localizedDescription)"))
        }
        return .success(())
    }

    /// The page of each lesson (by its anchor) and each of its sections (by id), found in the
    /// outline in order: each heading is the next bookmark whose title holds its text.
    static func pageNumbers(_ outline: [PDFOutline.Entry], entries: [CourseEntry]) -> [String: Int] {
        func normalised(_ s: String) -> String {
            s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
        }
        let titles = outline.map { normalised($0.title) }
        var pages: [String: Int] = [:]
        var position = 0
        func find(_ text: String, id: String) {
            let wanted = normalised(text)
            guard !wanted.isEmpty, let k = titles[position...].firstIndex(where: { $0.contains(wanted) }) else { return }
            pages[id] = outline[k].page
            position = k + 1
        }
        for entry in entries {
            find(entry.rendered.title, id: entry.anchor)
            for section in entry.rendered.toc where section.level == 2 { find(section.text, id: section.id) }
        }
        return pages
    }
}
