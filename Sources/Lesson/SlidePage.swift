import Foundation

extension HTMLPages {
    /// A lesson's slide deck as one self-contained page, laid out by the `slides` template
    /// (its variables are listed in Templates/README.md).
    public func slideDeck(_ deck: SlideDeck, run: LessonRun) -> String {
        var context: [String: Any] = [
            "title": deck.title,
            "slideCount": deck.slides.count,
            "slides": deck.slides.enumerated().map { i, slide -> [String: Any] in
                var c: [String: Any] = [
                    "number": i + 1, "html": slide.html, "isTitle": slide.isTitle,
                    "hasNotes": !slide.notes.isEmpty,
                ]
                if !slide.notes.isEmpty { c["notes"] = slide.notes }
                return c
            },
            "source": (run.document.path as NSString).lastPathComponent,
            "cells": Self.count(deck.cellCount, "cell"),
            "failed": deck.failureCount > 0,
            "failures": Self.count(deck.failureCount, "cell") + " failed",
            "notRun": !run.wasRun,
        ]
        if options.timings, deck.wasRun { context["duration"] = HTMLRenderer.formatDuration(deck.duration) }
        return templates.render("slides", context)
    }
}
