/// Choices that change how a lesson is rendered, shared by the HTML renderer, the slides
/// and the page templates.
public struct RenderOptions: Sendable {
    /// Let raw HTML in the author's prose through (off: cmark-gfm omits it).
    public var unsafeHTML = false
    /// Show each cell's duration. Off, two runs of a lesson give byte-identical pages.
    public var timings = true

    public init(unsafeHTML: Bool = false, timings: Bool = true) {
        self.unsafeHTML = unsafeHTML
        self.timings = timings
    }
}
