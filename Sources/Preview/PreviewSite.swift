import Foundation
import Lesson
import CellProtocol

/// The pages the preview serves: for each lesson its latest finished run rendered (or,
/// before the first run ends, the lesson with its cells unrun), and the course's index.
actor PreviewSite {
    /// One lesson's latest state.
    struct Entry {
        var path: String
        var name: String
        var run: LessonRun?
        /// Set when the lesson could not be read (not UTF-8...): the page shows it instead.
        var problem: Diagnostic?
        /// How many runs have finished; the reload event carries it.
        var version = 0
    }

    let pages: HTMLPages
    /// The course folder, or nil when previewing one lesson.
    let courseDirectory: String?
    private var entries: [Entry] = []

    init(pages: HTMLPages, courseDirectory: String?) {
        self.pages = pages
        self.courseDirectory = courseDirectory
    }

    /// Keeps the lesson list in step with the files (lessons added or removed while it runs).
    func setLessons(_ paths: [String]) {
        guard paths != entries.map(\.path) else { return }
        let old = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        entries = paths.map { old[$0] ?? Entry(path: $0, name: HandoutWriter.name(of: $0)) }
    }

    /// Records a finished run; returns the lesson's new version.
    func finished(_ path: String, run: LessonRun?, problem: Diagnostic?) -> Int {
        guard let i = entries.firstIndex(where: { $0.path == path }) else { return 0 }
        entries[i].run = run
        entries[i].problem = problem
        entries[i].version += 1
        return entries[i].version
    }

    /// The name a page is served under ("NAME.html") for each lesson, in order.
    var names: [String] { entries.map(\.name) }

    /// The page for `name` (without ".html"), with the preview script; nil when there is no such lesson.
    func lessonPage(_ name: String) -> String? {
        guard let i = entries.firstIndex(where: { $0.name == name }) else { return nil }
        let entry = entries[i]
        if let problem = entry.problem {
            return PreviewScript.inject(into: Self.problemPage(problem), lesson: name)
        }
        let run = entry.run ?? Self.unrun(entry.path)
        guard let run else { return PreviewScript.inject(into: Self.problemPage(Diagnostic(.error, "cannot read the lesson", file: entry.path)), lesson: name) }
        let rendered = HTMLRenderer(options: pages.options).render(run)
        var navigation: CourseNavigation?
        if courseDirectory != nil {
            let title = courseTitle
            navigation = CourseNavigation(
                index: PageLink(href: "index.html", title: title.title),
                previous: i > 0 ? link(i - 1) : nil,
                next: i + 1 < entries.count ? link(i + 1) : nil,
                position: "Lesson \(i + 1) of \(entries.count)")
        }
        return PreviewScript.inject(into: pages.lessonPage(rendered, run: run, navigation: navigation), lesson: name)
    }

    /// The course's index page, with the preview script.
    func indexPage() -> String {
        let course = courseTitle
        // A lesson that cannot be read is left out, as `lesson build` leaves it out.
        let courseEntries = entries.compactMap { entry -> CourseEntry? in
            guard let run = entry.run ?? Self.unrun(entry.path) else { return nil }
            let rendered = HTMLRenderer(options: pages.options).render(run)
            return CourseEntry(href: entry.name + ".html", rendered: rendered,
                               summary: CourseBuilder.firstParagraph(of: run.document),
                               anchor: "lesson-" + entry.name)
        }
        return PreviewScript.inject(into: pages.indexPage(title: course.title, introduction: course.introduction,
                                                          entries: courseEntries, pdf: nil), lesson: nil)
    }

    private var courseTitle: (title: String, introduction: String?) {
        courseDirectory.map(CourseBuilder.courseInfo) ?? ("Preview", nil)
    }

    private func link(_ i: Int) -> PageLink {
        let title = (entries[i].run ?? Self.unrun(entries[i].path)).map { HTMLRenderer(options: pages.options).render($0).title }
        return PageLink(href: entries[i].name + ".html", title: title ?? entries[i].name)
    }

    /// The lesson with no cell run, shown until its first run ends.
    private static func unrun(_ path: String) -> LessonRun? {
        (try? LessonParser.read(path: path)).map(LessonRun.notRun)
    }

    /// A page that shows why a lesson could not be shown.
    static func problemPage(_ d: Diagnostic) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(HTMLEscaping.escape(d.file))</title></head>
        <body><h1>\(HTMLEscaping.escape(d.file))</h1><pre>\(HTMLEscaping.escape(d.formatted))</pre></body></html>

        """
    }
}
