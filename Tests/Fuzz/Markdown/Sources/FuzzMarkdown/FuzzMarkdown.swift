// The libFuzzer entry point for the Markdown front end (see Package.swift). Each input is
// a lesson file's bytes. Beyond "does not crash", it checks what the rest of the tool relies
// on, so that a violation stops the fuzzer like a crash:
// - a document's blocks, joined, give back the file's text exactly (prose is kept byte for byte);
// - rendering the (unrun) lesson to HTML and Markdown completes;
// - `--update` keeps the cells: writing an output block under every closed cell gives a
//   document with the same cells and code, and updating that again changes nothing.

import Foundation
import Lesson

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? LessonParser.parse(bytes: bytes, path: "fuzz.md") else { return 0 }
    check(document.blocks.map(\.text).joined() == document.source, "blocks do not join back to the source")

    let run = LessonRun.notRun(document)
    _ = HTMLRenderer(options: RenderOptions()).render(run)
    _ = MarkdownRenderer(chartBaseName: "fuzz").render(run)

    var outputs: [Int: String] = [:]
    for cell in document.cells where cell.isClosed && !cell.options.norun {
        outputs[cell.index] = "out \(cell.index)\n```\n~~~~\n"
    }
    let updated = LessonUpdater.updatedSource(document, outputs: outputs)
    let again = LessonParser.parse(source: updated, path: "fuzz.md")
    check(again.cells.map(\.code) == document.cells.map(\.code), "--update changed the cells' code")
    check(LessonUpdater.updatedSource(again, outputs: outputs) == updated, "a second --update changed the file")
    return 0
}

/// Stops the run (libFuzzer records the input as a crash) when an invariant does not hold.
func check(_ condition: Bool, _ message: String) {
    if !condition { fatalError("invariant: \(message)") }
}
