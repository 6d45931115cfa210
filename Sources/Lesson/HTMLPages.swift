import Foundation

/// A link to another page of a course: where it is and what it is called.
public struct PageLink: Sendable, Hashable {
    public var href: String
    public var title: String

    public init(href: String, title: String) {
        self.href = href
        self.title = title
    }

    var context: [String: Any] { ["href": href, "title": title] }
}

/// Where a lesson page sits in a course: the index, its neighbours, its number.
public struct CourseNavigation: Sendable {
    public var index: PageLink
    public var previous: PageLink?
    public var next: PageLink?
    /// "Lesson 3 of 12".
    public var position: String?

    public init(index: PageLink, previous: PageLink? = nil, next: PageLink? = nil, position: String? = nil) {
        self.index = index
        self.previous = previous
        self.next = next
        self.position = position
    }
}

/// A lesson of a course as the index and the one-page course show it.
public struct CourseEntry: Sendable {
    public var href: String
    public var rendered: RenderedLesson
    /// The HTML of the lesson's first paragraph, if it has one.
    public var summary: String?
    /// The lesson's anchor in course.html.
    public var anchor: String
    /// The lesson's slide deck, when the build made one.
    public var slidesHref: String?

    public init(href: String, rendered: RenderedLesson, summary: String?, anchor: String) {
        self.href = href
        self.rendered = rendered
        self.summary = summary
        self.anchor = anchor
    }
}

/// Lays rendered lessons out as whole pages through the templates (the variables each
/// template gets are listed in Templates/README.md).
public struct HTMLPages {
    public var templates: PageTemplates
    public var options: RenderOptions

    public init(templates: PageTemplates, options: RenderOptions) {
        self.templates = templates
        self.options = options
    }

    /// One lesson's page; `downloads` are the lesson's other files it links to (a notebook).
    public func lessonPage(_ lesson: RenderedLesson, run: LessonRun, navigation: CourseNavigation? = nil,
                           downloads: [PageLink] = []) -> String {
        var context = lessonContext(lesson)
        context["source"] = (run.document.path as NSString).lastPathComponent
        context["notRun"] = !run.wasRun
        if !downloads.isEmpty { context["downloads"] = downloads.map(\.context) }
        if let navigation {
            var course = navigation.index.context
            if let position = navigation.position { course["position"] = position }
            context["course"] = course
            if let previous = navigation.previous { context["previous"] = previous.context }
            if let next = navigation.next { context["next"] = next.context }
            context["hasPager"] = navigation.previous != nil || navigation.next != nil
        }
        return templates.render("page", context)
    }

    /// A page of reference prose (the language reference) in the course's frame: no cells,
    /// no run.
    public func referencePage(_ page: RenderedLesson, source: String, navigation: CourseNavigation) -> String {
        var context = lessonContext(page)
        context["source"] = source
        context["reference"] = true
        context["duration"] = nil
        context["course"] = navigation.index.context
        return templates.render("page", context)
    }

    /// The course's table of contents; `reference` names the language reference's page.
    public func indexPage(title: String, introduction: String?, entries: [CourseEntry], pdf: String?,
                          reference: String? = nil) -> String {
        var context: [String: Any] = [
            "title": title,
            "lessons": entries.enumerated().map { i, entry in entryContext(entry, number: i + 1) },
            "lessonCount": Self.count(entries.count, "lesson"),
            "cells": Self.count(entries.reduce(0) { $0 + $1.rendered.cellCount }, "cell"),
        ]
        if let introduction { context["introduction"] = introduction }
        if let pdf { context["pdf"] = pdf }
        if let reference { context["reference"] = reference }
        if options.timings, entries.contains(where: { $0.rendered.wasRun }) {
            context["duration"] = HTMLRenderer.formatDuration(entries.reduce(0) { $0 + $1.rendered.duration })
        }
        return templates.render("index", context)
    }

    /// Every lesson on one printable page, on `paper` (a CSS page size), its contents listing
    /// each lesson and section with its page in `pages` (by anchor id) when known.
    public func coursePage(title: String, introduction: String?, entries: [CourseEntry],
                           paper: String = "A4", pages: [String: Int] = [:]) -> String {
        var context: [String: Any] = [
            "title": title,
            "paper": paper,
            "lessons": entries.enumerated().map { i, entry in
                var c = entryContext(entry, number: i + 1)
                c.merge(lessonContext(entry.rendered)) { mine, _ in mine }
                c["page"] = pages[entry.anchor].map(String.init) ?? ""
                let sections = entry.rendered.toc.filter { $0.level == 2 }.map { section -> [String: Any] in
                    ["text": section.text, "id": section.id, "page": pages[section.id].map(String.init) ?? ""]
                }
                c["sections"] = sections
                c["hasSections"] = !sections.isEmpty
                return c
            },
        ]
        if let introduction { context["introduction"] = introduction }
        return templates.render("course", context)
    }

    private func lessonContext(_ lesson: RenderedLesson) -> [String: Any] {
        var context: [String: Any] = [
            "title": lesson.title,
            "content": lesson.content,
            "hasToc": !lesson.toc.isEmpty,
            "toc": lesson.toc.map { ["level": $0.level, "text": $0.text, "id": $0.id] as [String: Any] },
            "cells": Self.count(lesson.cellCount, "cell"),
            "failed": lesson.failureCount > 0,
            "failures": Self.count(lesson.failureCount, "cell") + " failed",
        ]
        if options.timings, lesson.wasRun { context["duration"] = HTMLRenderer.formatDuration(lesson.duration) }
        return context
    }

    private func entryContext(_ entry: CourseEntry, number: Int) -> [String: Any] {
        let (shownNumber, shownTitle) = Self.numberedTitle(entry.rendered.title, position: number)
        var context: [String: Any] = [
            "href": entry.href, "title": shownTitle, "number": shownNumber, "id": entry.anchor,
            "failed": entry.rendered.failureCount > 0,
        ]
        if let summary = entry.summary { context["summary"] = summary }
        if let slides = entry.slidesHref { context["slides"] = slides }
        return context
    }

    /// The number and title a contents entry shows. A title that starts with its own number
    /// ("1. Tensors", "12 – Pooling") keeps that number, moved to the number column, so the
    /// entry does not read "1  1. Tensors"; any other title is numbered by its position.
    static func numberedTitle(_ title: String, position: Int) -> (number: String, title: String) {
        let digits = title.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 4 else { return (String(position), title) }
        var rest = title.dropFirst(digits.count)
        // The number must be a word of its own: "1. Tensors", "1: Tensors", "1 Tensors", not "3D shapes".
        if let p = rest.first, ".:)".contains(p) { rest = rest.dropFirst() }
        let separators: Set<Character> = [" ", "\t", "\u{a0}", "-", "–", "—"]
        guard let first = rest.first, separators.contains(first) else { return (String(position), title) }
        let text = rest.drop(while: { separators.contains($0) })
        guard !text.isEmpty else { return (String(position), title) }
        return (String(digits), String(text))
    }

    /// "1 cell", "3 cells".
    static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }
}
