import Foundation
import CellProtocol

/// Builds a course folder into a handout site: every lesson (`*.md` in name order,
/// README.md aside) run in its own session and rendered, previous/next links on every
/// page, `index.html` with the course's table of contents (each lesson's title and first
/// paragraph), `course.html` with every lesson on one printable page, and on request
/// `course.pdf` printed by headless Chromium. Lessons read their data from the source
/// folder as they run; only handouts go to the output folder.
public struct CourseBuilder {
    public var sourceDirectory: String
    public var outputDirectory: String
    /// Lessons run at once, each on its own thread in its own session.
    public var jobs: Int = 1
    public var formats: Set<HandoutFormat> = [.html]
    public var pdf = false
    /// Render the student edition (`LessonRun.studentEdition`) of every lesson.
    public var student = false
    /// The PDF's paper: a CSS page size, `A4` or `letter`.
    public var paper = "A4"
    public var runner = LessonRunner()
    public var makeSession: SessionFactory
    public var pages: HTMLPages

    /// What a build made.
    public struct Result {
        public var runs: [LessonRun]
        /// Files written, in order.
        public var written: [String]
        /// Lesson files that could not be read (they are left out of the course).
        public var unreadable: [Diagnostic]
        /// Why the PDF was not made, when it was asked for and could not be.
        public var pdfProblem: String?
        /// True when a lesson failed.
        public var failed: Bool { runs.contains { $0.failed } }
    }

    public init(sourceDirectory: String, outputDirectory: String, makeSession: @escaping SessionFactory, pages: HTMLPages) {
        self.sourceDirectory = sourceDirectory
        self.outputDirectory = outputDirectory
        self.makeSession = makeSession
        self.pages = pages
    }

    /// The lesson files of `directory`, in name order, without README.md.
    public static func lessonFiles(in directory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw HandoutError("\(directory): error: no such folder")
        }
        guard isDirectory.boolValue else { throw HandoutError("\(directory): error: is a file, not a course folder") }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw HandoutError("\(directory): error: cannot list the folder")
        }
        return names
            .filter { $0.lowercased().hasSuffix(".md") && $0.lowercased() != "readme.md" && !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { directory == "." ? $0 : (directory as NSString).appendingPathComponent($0) }
    }

    /// Runs and renders the course; `reporter` hears about every lesson.
    public func build(reporter: TerminalReporter? = nil) throws -> Result {
        let files = try Self.lessonFiles(in: sourceDirectory)
        if files.isEmpty { throw HandoutError("\(sourceDirectory): error: no lessons (*.md files) in this folder") }
        let (documents, unreadable) = try Self.read(files, reporter: reporter)
        try HandoutWriter.makeDirectory(outputDirectory)
        let lecturerRuns = runAll(documents, reporter: reporter)

        // Render, now that every title is known for the previous/next links.
        // The student edition is rendered; the verdicts stay those of the full run.
        let finished = student ? lecturerRuns.map { $0.studentEdition() } : lecturerRuns
        let course = Self.courseInfo(sourceDirectory)
        let index = PageLink(href: "index.html", title: course.title)
        let names = finished.map { HandoutWriter.name(of: $0.document.path) }
        var written = try writeLessonPages(finished, names: names, index: index)

        let entries = courseEntries(finished, names: names)
        let coursePath = (outputDirectory as NSString).appendingPathComponent("course.html")
        try HandoutWriter.write(pages.coursePage(title: course.title, introduction: course.introduction,
                                                 entries: entries, paper: paper), to: coursePath)
        written.append(coursePath)

        var pdfProblem: String?
        var pdfName: String?
        if pdf {
            let pdfPath = (outputDirectory as NSString).appendingPathComponent("course.pdf")
            let printer = CoursePDF(pages: pages, title: course.title, introduction: course.introduction,
                                    entries: entries, paper: paper)
            switch printer.print(to: pdfPath) {
            case .success:
                written.append(pdfPath)
                pdfName = "course.pdf"
            case .failure(let problem):
                pdfProblem = problem.description
            }
        }
        var referenceName: String?
        if let reference = Self.languageReference(pages: pages, index: index) {
            let path = (outputDirectory as NSString).appendingPathComponent("language.html")
            try HandoutWriter.write(reference, to: path)
            written.append(path)
            referenceName = "language.html"
        }
        let indexPath = (outputDirectory as NSString).appendingPathComponent("index.html")
        try HandoutWriter.write(pages.indexPage(title: course.title, introduction: course.introduction,
                                                entries: entries, pdf: pdfName, reference: referenceName), to: indexPath)
        written.append(indexPath)
        return Result(runs: lecturerRuns, written: written, unreadable: unreadable, pdfProblem: pdfProblem)
    }

    /// The lessons that parse, and a diagnostic for each that does not.
    private static func read(_ files: [String], reporter: TerminalReporter?) throws -> ([LessonDocument], [Diagnostic]) {
        var documents: [LessonDocument] = []
        var unreadable: [Diagnostic] = []
        for file in files {
            do {
                let document = try LessonParser.read(path: file)
                reporter?.warnings(document.warnings)
                documents.append(document)
            } catch let d as Diagnostic {
                unreadable.append(d)
            }
        }
        return (documents, unreadable)
    }

    /// Runs every lesson, each in its own session on a large-stack worker thread; results
    /// come back in name order, so the terminal reports lessons in that order.
    private func runAll(_ documents: [LessonDocument], reporter: TerminalReporter?) -> [LessonRun] {
        var finished: [LessonRun] = []
        let runner = self.runner
        let makeSession = self.makeSession
        CheckJobs.run(count: documents.count, jobs: jobs, work: { i -> LessonRun in
            var lessonRunner = runner
            reporter?.attach(to: &lessonRunner, for: documents[i])
            return lessonRunner.run(documents[i], makeSession: makeSession)
        }, deliver: { _, run in
            reporter?.lessonEnded(run)
            finished.append(run)
        })
        return finished
    }

    /// The course in one page: ids carry each lesson's name so they stay unique.
    private func courseEntries(_ finished: [LessonRun], names: [String]) -> [CourseEntry] {
        let options = pages.options
        return finished.enumerated().map { i, run in
            let anchor = "lesson-" + SlugSet.slug(names[i])
            let body = HTMLRenderer(options: options, idPrefix: anchor + "--").render(run)
            var entry = CourseEntry(href: RelativeLink.href(toFile: names[i] + ".html"), rendered: body,
                                    summary: Self.firstParagraph(of: run.document), anchor: anchor)
            if formats.contains(.slides) { entry.slidesHref = RelativeLink.href(toFile: names[i] + ".slides.html") }
            return entry
        }
    }

    /// Each lesson's handouts, with previous/next links and its place in the course.
    private func writeLessonPages(_ finished: [LessonRun], names: [String], index: PageLink) throws -> [String] {
        let options = pages.options
        let rendered = finished.map { HTMLRenderer(options: options).render($0) }
        let writer = HandoutWriter(formats: formats, pages: pages)
        var written: [String] = []
        for (i, run) in finished.enumerated() {
            let navigation = CourseNavigation(
                index: index,
                previous: i > 0 ? PageLink(href: RelativeLink.href(toFile: names[i - 1] + ".html"), title: rendered[i - 1].title) : nil,
                next: i + 1 < finished.count ? PageLink(href: RelativeLink.href(toFile: names[i + 1] + ".html"), title: rendered[i + 1].title) : nil,
                position: "Lesson \(i + 1) of \(finished.count)")
            written += try writer.write(run, name: names[i], to: outputDirectory,
                                        navigation: navigation, rendered: rendered[i])
        }
        return written
    }


    /// The course's title and introduction: from README.md's first heading and paragraph
    /// when the folder has one, else the folder's name.
    public static func courseInfo(_ directory: String) -> (title: String, introduction: String?) {
        let folderName = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard let readme = names.first(where: { $0.lowercased() == "readme.md" }),
              let document = try? LessonParser.read(path: (directory as NSString).appendingPathComponent(readme)) else {
            return (folderName, nil)
        }
        let summary = MarkdownHTML.summary(of: Self.prose(of: document))
        return (summary.title ?? folderName, summary.firstParagraph)
    }

    /// Where docs/LANGUAGE.md is: beside the templates of an installed build (a packager
    /// copies it there), else in the checkout this binary was built from.
    static func languageReferencePath() -> String? {
        var candidates: [String] = []
        if let templates = try? PageTemplates.builtInDirectory() {
            candidates.append((templates as NSString).appendingPathComponent("LANGUAGE.md"))
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // Sources/Lesson
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("docs/LANGUAGE.md").path)
        return candidates.first { FileManager.default.isReadableFile(atPath: $0) }
    }

    /// The HTML of a lesson's summary: the complete sentences of its first paragraph.
    public static func firstParagraph(of document: LessonDocument) -> String? {
        LessonSummary.html(ofProse: prose(of: document))
    }

    /// The language reference (the project's docs/LANGUAGE.md) as a page of the course,
    /// `language.html`; nil when this build of `lesson` has no copy of it.
    static func languageReference(pages: HTMLPages, index: PageLink) -> String? {
        guard let path = languageReferencePath(), let data = FileManager.default.contents(atPath: path) else { return nil }
        let source = String(decoding: data, as: UTF8.self)
        // All of it is prose: its ```swift examples are shown, not run.
        let document = LessonDocument(path: "LANGUAGE.md", source: source, hasByteOrderMark: false,
                                      blocks: [.prose(Prose(text: source, firstLine: 1))], warnings: [])
        let run = LessonRun(document: document, cells: [], duration: 0, wasRun: true)
        let rendered = HTMLRenderer(options: pages.options).render(run)
        return pages.referencePage(rendered, source: "LANGUAGE.md", navigation: CourseNavigation(index: index))
    }

    /// The document's prose blocks joined (its cells left out).
    private static func prose(of document: LessonDocument) -> String {
        var text = ""
        for case .prose(let p) in document.blocks {
            text += SpeakerNotes.handoutText(p.text)   // the index never shows speaker notes
            if !text.hasSuffix("\n") { text += "\n" }
        }
        return text
    }
}
