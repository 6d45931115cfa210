import CellProtocol

/// A cell as every renderer shows it: its result (chart and data paths already made
/// relative to the lesson's folder) and, when the lesson was not run, the output the
/// author recorded for it, which the renderers show in place of fresh outputs.
public struct WalkedCell: Sendable {
    public var result: CellResult
    public var recorded: ExpectedOutput?

    public var cell: Cell { result.cell }
}

/// One step of the walk through a run lesson, in document order.
public enum WalkedBlock: Sendable {
    /// Prose, as the author's exact bytes.
    case prose(Prose)
    case cell(WalkedCell)
}

extension LessonRun {
    /// The document's blocks in order, each cell paired with its result: the walk every
    /// renderer (HTML, Markdown, slides, notebooks) takes, written once. A document given without a
    /// full run pairs its remaining cells with a "not run" result that shows code only.
    public var walk: [WalkedBlock] {
        var cells = walkedCells.makeIterator()
        return document.blocks.map { block in
            switch block {
            case .prose(let prose): return .prose(prose)
            case .cell: return .cell(cells.next()!)
            }
        }
    }

    /// The cells of the walk alone, in order (for renderers that lay prose out on their own).
    public var walkedCells: [WalkedCell] {
        var results = cells.makeIterator()
        return document.cells.map { cell in
            let result = results.next()
                ?? CellResult(cell: cell, status: .skipped, outputs: [], duration: 0, failure: nil)
            return WalkedCell(result: PublishedPaths.published(result, lesson: document.path),
                              recorded: wasRun ? nil : cell.expected)
        }
    }
}
