import Atomics
import Foundation

/// Compiled code: an expression or a function body, run against a frame pointer.
typealias Code = (UnsafeMutablePointer<Value>) throws -> Value

/// How a statement ended: fell through, or left through `break`, `continue` or `return`
/// (the returned value waits in `NativeContext.returnValue`). Cheaper than throwing.
enum Flow {
    case next, breakLoop, continueLoop, returned
    /// `break label` / `continue label`: the label waits in `NativeContext.jumpLabel`.
    case breakLabelled, continueLabelled
}

/// What a loop does after its body ended with a flow other than `.next`.
enum LoopStep {
    /// `continue` (or `continue` to this loop's label): on to the next iteration.
    case nextIteration
    /// `break` (or `break` to this loop's label).
    case leaveLoop
    /// `return`, or a labelled jump meant for an enclosing loop: hand the flow outwards.
    case passOut
}

extension NativeContext {
    /// Decides a loop's next step from its body's flow and the loop's own label.
    @inline(__always)
    func afterLoopBody(_ f: Flow, label: String?) -> LoopStep {
        switch f {
        case .breakLoop: return .leaveLoop
        case .continueLoop, .next: return .nextIteration
        case .returned: return .passOut
        case .breakLabelled, .continueLabelled:
            guard let label, jumpLabel == label else { return .passOut }
            return f == .breakLabelled ? .leaveLoop : .nextIteration
        }
    }
}

/// Compiled statement.
typealias Exec = (UnsafeMutablePointer<Value>) throws -> Flow

/// A compiled statement to keep in an array. A bare closure stored in an array (or an
/// optional) is re-abstracted and each call through it costs two thunks; a closure
/// stored in a non-generic struct is not.
struct ExecRef { let run: Exec }

/// A compiled expression to keep in an array (see `ExecRef`).
struct CodeRef { let run: Code }

/// The running session as natives see it: its random generator, its lesson folder, the
/// outputs of the running cell, and calls back into the language. One per session; it
/// also holds the interpreter's value stack and globals.
public final class NativeContext {
    /// The session's one random generator (seed 0 at start; `manualSeed` reseeds).
    public let random: ScriptRandom
    /// The lesson's folder; `loadCSV` and friends may read only below it.
    public let lessonDirectory: String

    // Interpreter state. The value stack and the globals are fixed blocks, allocated once,
    // so compiled code can hold raw pointers into them. Both are big (24 MB and 1.5 MB) and
    // most lessons touch a sliver of them, so they are made ready (filled with `.void`) a
    // piece at a time: filling and later destroying all of it cost ~8 ms per session.
    let stackCapacity = 1 << 20
    let stackBase: UnsafeMutablePointer<Value>
    var sp: UnsafeMutablePointer<Value>
    let stackEnd: UnsafeMutablePointer<Value>
    /// End of the slots filled so far; everything below it is an initialized `Value`.
    var stackReady: UnsafeMutablePointer<Value>
    /// A call whose frame would end at or past this goes the slow way (`reserveStack`):
    /// `stackReady` less a margin for the arguments the next call places above `sp`, or
    /// `stackEnd` once the whole stack is ready. Never past `stackEnd`.
    var stackLimit: UnsafeMutablePointer<Value>
    static let stackMargin = 4096
    let globalCapacity = 1 << 16
    let globals: UnsafeMutablePointer<Value>
    /// Global slots in use; slots are filled as the count grows.
    var globalCount = 0 {
        didSet { if globalCount > globalsReady { readyGlobals(globalCount) } }
    }
    private var globalsReady = 0

    var depth = 0
    var maxDepth = 5000
    /// The lowest native stack address calls and the compiler may reach (0: no check): a
    /// quarter of the cell thread's stack stays in reserve below it, for the recursion
    /// that happens between two checks (evaluating one expression, at most
    /// `Parser.maxExpressionHeight` levels).
    var stackFloor: UInt = 0

    /// True when the native stack has grown past `stackFloor`.
    @inline(__always) func nativeStackLow() -> Bool {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < stackFloor
    }

    /// Sets `stackFloor` for the calling thread, whose stack is `size` bytes and whose
    /// top is near here.
    func setStackFloor(stackSize size: Int) {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        let usable = UInt(size) / 4 * 3
        stackFloor = here > usable ? here - usable : 0
    }
    var returnValue: Value = .void
    /// The label of a `break label` or `continue label` on its way to its loop.
    var jumpLabel = ""
    /// `self` as a mutating method left it (written back to the receiver).
    var mutatedSelf: Value = .void
    /// Members a lesson's extensions gave basic and library types (`extension Double`),
    /// by type name (see `NativeContext.extensionKey`): this session's only.
    var typeExtensions: [String: ScriptClass] = [:]
    /// The lesson's types by name (`Point`, `Layer.Kind`), for conversions at run time.
    var lessonType: (String) -> ScriptClass? = { _ in nil }
    /// The final values of a function's `inout` parameters, in order, as its body left
    /// them (written back by a call site that passed `&x`).
    var inoutResults: [Value] = []
    var ticks = 0
    var timeoutSeconds: Double = 0
    /// Raised by `CellSession.cancel()` from another thread; checked with the deadline.
    public let cancellation = CancellationFlag()
    /// Files the lesson asked to read, relative to its folder, in first-read order.
    public internal(set) var filesRead: [String] = []
    /// Why the running cell must stop (a `StopReason`; 0 while it may go on). The cell's
    /// watchdog raises it from another thread when the time is up, and an allocation past
    /// the memory budget raises it too; the interpreter reads it at every loop back-edge
    /// and call, and long natives through `stopRequested` (tensor kernels through the
    /// engine's hook, which the Prelude points here). A fresh one per cell, so a watchdog
    /// that fires late cannot stop the next cell.
    var stop = ManagedAtomic<UInt8>(0)
    /// Bytes the session's values may hold (`--memory-limit`): a single allocation (an
    /// array, a string, a tensor) that would pass it is refused with an error.
    public var memoryLimit: Int = NativeContext.defaultMemoryLimit
    /// 4 GiB: far above what the course's lessons use, far below what takes a machine down.
    public static let defaultMemoryLimit = defaultSessionMemoryLimit
    /// A place for the library bound into the session to keep its own per-session state
    /// (the Prelude keeps the tensor engine's limits here).
    public var libraryState: AnyObject?

    /// Outputs of the running cell, in order.
    /// The running cell's outputs. Printed text gathers in `pendingText` and joins the list
    /// only when another kind of output follows or the list is read: appending to the last
    /// `.text` instead would copy all of it on every `print`.
    var outputs: [CellOutput] {
        get {
            flushText()
            return finishedOutputs
        }
        set {
            pendingText = ""
            finishedOutputs = newValue
        }
    }
    private var finishedOutputs: [CellOutput] = []
    private var pendingText = ""

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        if case .text(let prev)? = finishedOutputs.last {
            finishedOutputs[finishedOutputs.count - 1] = .text(prev + pendingText)
        } else {
            finishedOutputs.append(.text(pendingText))
        }
        pendingText = ""
    }
    /// Bytes of text output the running cell has produced (see `outputCap`).
    var printedBytes = 0
    /// Bytes of text output a cell may produce before it is stopped: printed text,
    /// displayed values, tables and Markdown count together, so no kind of output is a way
    /// around the cap (`markdown(...)` in a loop is stopped like `print(...)` in a loop).
    var outputCap = 1 << 20
    /// Bytes of charts (their SVG) the running cell has produced (see `chartCap`).
    var chartBytes = 0
    /// Bytes of charts a cell may produce: each chart is at most 4 MB (Plot reduces or
    /// refuses bigger ones), so this allows a few large charts or many small ones.
    var chartCap = 16 << 20
    var progressHandler: ((ProgressUpdate) -> Void)?

    init(seed: Int, directory: String) {
        random = ScriptRandom(seed: seed)
        lessonDirectory = directory
        stackBase = .allocate(capacity: stackCapacity)
        sp = stackBase
        stackEnd = stackBase + stackCapacity
        stackReady = stackBase
        stackLimit = stackBase
        globals = .allocate(capacity: globalCapacity)
        readyStack(through: stackBase + 4 * Self.stackMargin)
    }

    deinit {
        // The session may end on a thread with a small stack (the main thread): values
        // nested deeply (`a = [a]` a million times) are taken apart first, without
        // recursion, so that releasing them cannot overflow it.
        for i in 0..<globalsReady { Value.dismantle(&globals[i]) }
        for i in 0..<(stackReady - stackBase) { Value.dismantle(&stackBase[i]) }
        stackBase.deinitialize(count: stackReady - stackBase)
        stackBase.deallocate()
        globals.deinitialize(count: globalsReady)
        globals.deallocate()
    }

    /// Fills stack slots with `.void` up to at least `end` (clamped to the stack's end),
    /// growing the ready part geometrically, and moves `stackLimit`.
    func readyStack(through end: UnsafeMutablePointer<Value>) {
        let want = min(stackEnd, end + Self.stackMargin)
        if want > stackReady {
            let target = min(stackEnd, max(want, stackBase + 2 * (stackReady - stackBase)))
            stackReady.initialize(repeating: .void, count: target - stackReady)
            stackReady = target
        }
        stackLimit = stackReady == stackEnd ? stackEnd : stackReady - Self.stackMargin
    }

    /// Fills global slots with `.void` up to at least `count` (in blocks of 1024).
    private func readyGlobals(_ count: Int) {
        precondition(count <= globalCapacity, "global slot past the globals' capacity")
        let target = min(globalCapacity, (count + 1023) & ~1023)
        (globals + globalsReady).initialize(repeating: .void, count: target - globalsReady)
        globalsReady = target
    }

    // MARK: Public API for natives

    /// Adds an output to the running cell (a table, Markdown, a chart, a displayed value),
    /// counted against the cell's output caps; the output that would pass a cap is refused.
    public func emit(_ output: CellOutput) throws {
        if case .text(let s) = output {
            try write(s)
        } else {
            try charge(output)
            appendOutput(output)
        }
    }

    /// Appends a finished output in place (`outputs.append` would go through the computed
    /// property and copy the whole list on every call: quadratic for `table(...)` in a loop).
    func appendOutput(_ output: CellOutput) {
        flushText()
        finishedOutputs.append(output)
    }

    /// What each output other than printed text counts beyond its own bytes: its frame in
    /// the handouts (a table's or a value's markup) costs that much whatever it holds, so a
    /// loop of tiny `table(...)` calls is stopped before its handout grows large.
    static let outputFrameBytes = 100

    /// Counts `output` against the cap for its kind, or throws when it would pass it.
    func charge(_ output: CellOutput) throws {
        switch output {
        case .text(let s): try chargeText(s.utf8.count)
        case .markdown(let s): try chargeText(s.utf8.count + Self.outputFrameBytes)
        case .table(let t): try chargeText(t.byteCount + Self.outputFrameBytes)
        case .error(let d): try chargeText(d.message.utf8.count + Self.outputFrameBytes)
        case .chart(let c): try chargeChart(c.svg.utf8.count + c.title.utf8.count)
        case .value(let v):
            if let message = v.failureMessage { throw ScriptError(message) }
            // A figure shown as a cell's value carries its drawn chart in its text (the
            // Prelude turns it into a chart output): it counts as a chart.
            if v.typeName == "Figure" { try chargeChart(v.text.utf8.count) } else { try chargeText(v.byteCount + Self.outputFrameBytes) }
        }
    }

    private func chargeText(_ bytes: Int) throws {
        printedBytes += bytes
        if printedBytes > outputCap {
            throw ScriptError("the cell's output passed \(outputCap >> 10) KB (printed text, displayed values, tables and Markdown count together); stopped")
        }
    }

    private func chargeChart(_ bytes: Int) throws {
        chartBytes += bytes
        if chartBytes > chartCap {
            throw ScriptError("the cell's charts passed \(chartCap >> 20) MB of SVG; stopped (show fewer charts in one cell)")
        }
    }

    /// Reports how far a long native loop has come (a live progress bar on a terminal).
    public func reportProgress(_ update: ProgressUpdate) {
        progressHandler?(update)
    }

    /// Calls a lesson function or closure (or any function value) with positional arguments.
    /// `noGrad { … }` is `try context.call(call[0], [])`.
    public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        guard case .function(let f) = function else {
            throw ScriptError("cannot call value of non-function type '\(function.typeName)'")
        }
        return try callFunction(f, arguments)
    }

    /// Calls a method by name on a value (a lesson instance's `forward`, say).
    public func callMethod(_ receiver: Value, _ name: String, _ arguments: [Value]) throws -> Value {
        let f = try member(of: receiver, name)
        return try call(f, arguments)
    }

    /// `value.name`: a property (stored or computed) of any value, a lesson instance's included.
    public func property(_ value: Value, _ name: String) throws -> Value {
        try member(of: value, name)
    }

    /// `value[indices…]` with unlabelled indices: a lesson type's `subscript` included.
    public func subscriptValue(_ value: Value, _ indices: [Value]) throws -> Value {
        try subscriptGet(value, indices, indices.map { _ in nil })
    }

    /// True when `value` is an instance of a lesson's class, struct or enum.
    public func isLessonValue(_ value: Value) -> Bool {
        switch value {
        case .instance, .structValue: return true
        case ._box(let b): return isLessonValue(b.value)
        default: return false
        }
    }

    /// The text `print` shows for a value.
    public func describe(_ value: Value) -> String {
        formatValue(value, self)
    }

    /// How a cell shows a value (its final value or `display(_:)`).
    public func displayValue(_ value: Value) -> DisplayValue {
        makeDisplayValue(value, self)
    }

    /// Throws when the cell must stop (its time is up, or the memory budget is spent);
    /// call it in long native loops.
    public func checkCancelled() throws {
        if stop.load(ordering: .relaxed) != 0 { throw stopError() }
    }

    /// True once the running cell must stop; cheap enough to read in any loop.
    public var stopRequested: Bool { stop.load(ordering: .relaxed) != 0 }

    /// Stops the running cell at its next check (any thread may call it).
    public func requestStop(_ reason: StopReason) {
        stop.raise(reason)
    }

    /// The error that ends a stopped cell.
    func stopError() -> ScriptError {
        switch StopReason(rawValue: stop.load(ordering: .relaxed)) {
        case .memory?: return ScriptError(memoryMessage)
        case .cancelled?: return ScriptError(cancelledMessage)
        default: return ScriptError(timeoutMessage)
        }
    }

    var memoryMessage: String {
        "the cell used more memory than the session's budget of \(byteText(memoryLimit)) (raise it with --memory-limit)"
    }

    /// Refuses an allocation of `count` items of `itemBytes` each that would pass the
    /// session's memory budget (or overflow while working out its size).
    /// - Parameter what: the operation, as the message names it (`Array(repeating:count:)`).
    public func checkAllocation(count: Int, itemBytes: Int, what: String) throws {
        guard count >= 0 else { throw ScriptError("\(what): count must not be negative, got \(count)") }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: max(1, itemBytes))
        if overflow || bytes > memoryLimit {
            throw ScriptError("\(what): \(count) elements need \(overflow ? "more than \(byteText(Int.max))" : byteText(bytes)), more than the session's memory budget of \(byteText(memoryLimit)) (raise it with --memory-limit)")
        }
    }

    var timeoutMessage: String {
        let t = timeoutSeconds
        let s = t == t.rounded() && Swift.abs(t) < 1e15 ? String(Int(t)) : String(t)
        return "cell timed out after \(s) s"
    }

    // MARK: Internal

    /// Appends printed text, enforcing the output cap.
    func write(_ s: String) throws {
        try checkCancelled()
        try chargeText(s.utf8.count)
        pendingText += s
    }

    /// Cancellation check at loop back-edges and calls: one relaxed load of the stop flag
    /// that the watchdog raises, so even a loop whose every iteration is long (a large
    /// product) stops at the first back-edge after its deadline.
    @inline(__always) func tick() throws {
        if stop.load(ordering: .relaxed) != 0 { throw stopError() }
    }
}

extension ManagedAtomic where Value == UInt8 {
    /// Raises a cell's stop flag for `reason`, unless it is raised already: the first
    /// reason (a timeout, the memory budget, a cancellation) is the one the cell reports.
    func raise(_ reason: StopReason) {
        _ = compareExchange(expected: 0, desired: reason.rawValue, ordering: .relaxed)
    }
}

/// Why a cell was stopped before it finished.
public enum StopReason: UInt8, Sendable {
    /// It ran past its timeout.
    case timeout = 1
    /// It asked for more memory than the session's budget.
    case memory = 2
    /// `CellSession.cancel()` was called (`lesson preview`: the lesson changed).
    case cancelled = 3
}

/// "512 MB", "4 GB", "24 TB": a byte count for messages (binary units, as `--memory-limit` reads them).
public func byteText(_ bytes: Int) -> String {
    let units = ["bytes", "KB", "MB", "GB", "TB", "PB", "EB"]
    var v = Double(bytes), u = 0
    while v >= 1024 && u < units.count - 1 { v /= 1024; u += 1 }
    if u == 0 { return "\(bytes) bytes" }
    return v == v.rounded() ? "\(Int(v)) \(units[u])" : String(format: "%.1f %@", v, units[u])
}
