// swift-tools-version:6.0
// A coverage-guided fuzzer (libFuzzer) for the Markdown front end: reading a lesson file
// (LessonParser: UTF-8 checks, cmark-gfm, cells, options, output blocks), rendering the
// parsed document to HTML and to Markdown, and `--update`'s rewriting of output blocks.
// A package of its own, so that the project's `swift build` and `swift test` never compile
// it; scripts/fuzz-markdown builds it with `-sanitize=fuzzer` and runs it.
import Foundation
import PackageDescription

// The project is this package's dependency by path; SwiftPM names a path dependency after
// its folder, which differs between clones (`lesson`, a worktree's name...).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "FuzzMarkdown",
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(
            name: "FuzzMarkdown",
            dependencies: [.product(name: "Lesson", package: root.lastPathComponent)]),
    ],
    swiftLanguageModes: [.v5]
)
