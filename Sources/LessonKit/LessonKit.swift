// LessonKit: the lesson API (LANGUAGE.md §3 and §4) as a compiled Swift library, so that a
// lesson exported with `lesson export --to swift-package` builds with swiftc and prints what
// its cells print in the interpreter. Every operation calls the same TensorEngine and Plot
// code that the interpreter's Prelude binds, with the same random generator, so the numbers
// are the same, not close.
//
// What a program prints on standard output is what a lesson's ```output blocks record:
// printed text, displayed values and tables. What the interpreter shows but does not record
// as text — charts (written to SVG files), Markdown, progress bars — goes to standard error.
//
// An error that stops a cell in the interpreter (a shape mismatch, a bad argument) stops the
// program with the same message on standard error and exit status 1.

import Foundation
import Plot
import TensorEngine

/// Ends the program with `message`, as a failing cell ends with its error.
public func fail(_ message: String) -> Never {
    fflush(stdout)
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    exit(1)
}

/// Runs an engine or chart operation; its error ends the program with the error's message
/// (the one the interpreter reports for the same cell).
@inline(__always)
func attempt<T>(_ body: () throws -> T) -> T {
    do {
        return try body()
    } catch let e as TensorError {
        fail(e.message)
    } catch let e as PlotError {
        fail(e.message)
    } catch let e as CSVError {
        fail("loadCSV: \(e.description)")
    } catch {
        fail("\(error)")
    }
}

/// Writes a note for the reader (a chart's file, Markdown, progress) on standard error,
/// after what has been printed so far, so that standard output stays the lesson's text output.
func note(_ text: String) {
    fflush(stdout)
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Marks the start of cell `index` (written by `lesson check --swiftc`'s export, so that the
/// output can be cut back into cells): a line of its own that no lesson prints.
public func lessonCellBoundary(_ index: Int) {
    print(cellBoundaryPrefix + String(index))
}

/// The start of a boundary line: the ASCII record separator, then `cell `.
let cellBoundaryPrefix = "\u{1E}cell "
