import Atomics
import Foundation

/// One lesson's interpreter: cells run in order and share globals, functions, classes
/// and the random generator. Each cell is lexed, parsed, resolved and compiled before
/// any of it runs, then run on a thread with a large stack (deep recursion ends with a
/// recursion-depth error, never a crash).
///
/// Limits (DESIGN.md, "Limits"): a cell's timeout is kept by the watchdog thread that raises
/// the context's stop flag, which the interpreter reads at every loop back-edge and call
/// and long natives read between bounded steps; parsing and compiling are bounded by the
/// same timeout. Large allocations are checked against the session's memory budget, and
/// the watchdog stops a cell whose many small ones take the process past it.
public final class ScriptSession: CellSession {
    public let context: NativeContext
    let library: NativeLibrary
    let globals: GlobalScope
    /// The process's resident size when the session ran its first cell: the watchdog
    /// measures the session's growth from here.
    private var residentBaseline: Int?
    public var progressHandler: ((ProgressUpdate) -> Void)? {
        get { context.progressHandler }
        set { context.progressHandler = newValue }
    }

    /// A session with `library`'s natives bound in (on top of Swift's basics).
    /// Bytes the session's values may hold (`NativeContext.defaultMemoryLimit` unless set).
    public var memoryLimit: Int {
        get { context.memoryLimit }
        set { context.memoryLimit = newValue }
    }

    public init(library: NativeLibrary = NativeLibrary(), directory: String = ".", seed: Int = 0,
                memoryLimit: Int = NativeContext.defaultMemoryLimit) {
        self.library = library
        self.globals = GlobalScope(library: library)
        self.context = NativeContext(seed: seed, directory: directory)
        self.context.memoryLimit = memoryLimit
        self.context.lessonType = { [weak globals] name in globals?.classes[name] }
        for (name, value) in library.constants {
            let slot = context.globalCount
            context.globalCount += 1
            context.globals[slot] = value
            globals.vars[name] = VarInfo(ref: .global(slot: slot), isLet: true, type: nil, initialized: true)
        }
    }

    public func run(_ cell: CellSource, timeout: Double?) -> CellRun {
        let start = DispatchTime.now().uptimeNanoseconds
        // A fresh stop flag, raised by the watchdog when the time is up or the process
        // outgrows the memory budget.
        let stop = ManagedAtomic<UInt8>(0)
        context.stop = stop
        context.cancellation.attach(stop)
        if residentBaseline == nil { residentBaseline = Watchdog.residentBytes() ?? 0 }
        let watch = Watchdog.shared.arm(timeout: timeout, memoryLimit: context.memoryLimit,
                                        baseline: residentBaseline ?? 0, flag: stop)
        defer { Watchdog.shared.disarm(watch) }
        let outputs: [CellOutput]
        do {
            // A thread with a large stack: deep (but bounded) recursion in the tree-walking
            // closures must not overflow the process's stack.
            outputs = try StackThread.run { stackSize in
                // A struct's own `hash(into:)` runs while a key is hashed, where no context is passed.
                let previous = NativeContext.running
                NativeContext.running = self.context
                defer { NativeContext.running = previous }
                return self.runHere(cell, timeout: timeout, stackSize: stackSize)
            }
        } catch {
            outputs = [.error(SourceMap(cell).diagnostic("\(error)", at: 0))]
        }
        let duration = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return CellRun(outputs: outputs, duration: duration)
    }

    /// Recursion limits for a thread with `stackSize` bytes of stack, measured on release
    /// builds with headroom for debug ones: 5,000 nested calls and expressions 100,000
    /// levels tall on the usual 512 MB, proportionally less on a smaller stack.
    static func limits(stackSize: Int) -> (calls: Int, height: Int32) {
        let share = Double(stackSize) / Double(StackThread.preferredStackSize)
        return (max(200, Int(5000 * min(1, share))), Int32(max(1000, Double(Parser.maxExpressionHeight) * min(1, share))))
    }

    /// Parses, compiles and runs a cell on the calling thread.
    /// Parses, checks and compiles a cell; gives its code and where its last statement starts.
    private func compile(_ cell: CellSource, proto: FunctionProto, maxHeight: Int32) throws -> (Code, Int?) {
        let ctx = context
        let parser = Parser(tokens: Lexer(cell.code).tokenize())
        parser.customOperators = globals.customOperators
        parser.maxHeight = maxHeight
        parser.shouldStop = { ctx.stopRequested }
        let stmts = try parser.parseProgram()
        globals.customOperators = parser.customOperators
        try checkStructure(stmts)
        let compiler = Compiler(ctx: ctx, globals: globals, library: library, cellProto: proto, boxLocals: containsClosure(stmts))
        return (try compiler.compileCell(stmts), stmts.last?.offset)
    }

    func runHere(_ cell: CellSource, timeout: Double?, stackSize: Int = StackThread.preferredStackSize) -> [CellOutput] {
        let ctx = context
        let map = SourceMap(cell)
        ctx.outputs = []
        ctx.printedBytes = 0
        ctx.chartBytes = 0
        ctx.depth = 0
        ctx.sp = ctx.stackBase
        ctx.timeoutSeconds = timeout ?? 0
        let limits = ScriptSession.limits(stackSize: stackSize)
        ctx.maxDepth = limits.calls
        ctx.setStackFloor(stackSize: stackSize)
        defer { ctx.stackFloor = 0 }
        library.cellWillRun?(ctx)
        let code: Code
        var lastStatement: Int?
        let proto = FunctionProto(name: "cell")
        let savedGlobals = globals.vars, savedClasses = globals.classes, savedCount = ctx.globalCount
        do {
            (code, lastStatement) = try compile(cell, proto: proto, maxHeight: limits.height)
        } catch let e as ParseError {
            // A cell that does not compile declares nothing.
            globals.vars = savedGlobals
            globals.classes = savedClasses
            ctx.globalCount = savedCount
            if ctx.stopRequested { return [.error(map.diagnostic(ctx.stopError().message, at: e.offset))] }
            return [.error(map.diagnostic(e.message, at: e.offset))]
        } catch let e as ScriptError {
            globals.vars = savedGlobals
            globals.classes = savedClasses
            ctx.globalCount = savedCount
            return [.error(map.diagnostic(e.message, at: e.offset ?? 0))]
        } catch {
            return [.error(map.diagnostic("\(error)", at: 0))]
        }
        let base = ctx.stackBase
        ctx.readyStack(through: base + proto.frameSize)
        ctx.sp = base + proto.frameSize
        do {
            let v = try code(base)
            base.update(repeating: .void, count: proto.frameSize)
            switch v {
            case .void: break
            default:
                // The cell's value counts against the output caps like any other output.
                let shown = CellOutput.value(ctx.displayValue(v))
                do { try ctx.charge(shown) } catch var e as ScriptError {
                    e.offset = e.offset ?? lastStatement
                    throw e
                }
                ctx.appendOutput(shown)
            }
        } catch let t as ThrownError {
            // An error the lesson threw and nothing caught: Swift's runtime stops the program.
            base.update(repeating: .void, count: max(proto.frameSize, ctx.sp - base))
            ctx.outputs.append(.error(map.diagnostic(t.uncaughtMessage(ctx), at: t.offset)))
        } catch let e as ScriptError {
            base.update(repeating: .void, count: max(proto.frameSize, ctx.sp - base))
            // A native that noticed the stop flag may have failed in its own words; the
            // cell's error is why it was stopped.
            let message = ctx.stopRequested ? ctx.stopError().message : e.message
            ctx.outputs.append(.error(map.diagnostic(message, at: e.offset ?? 0)))
        } catch {
            ctx.outputs.append(.error(map.diagnostic("\(error)", at: 0)))
        }
        ctx.sp = base
        ctx.returnValue = .void
        ctx.mutatedSelf = .void
        let out = ctx.outputs
        ctx.outputs = []
        return out
    }
}

/// `seconds` as nanoseconds, saturating: NaN and negatives are 0 and anything beyond
/// `UInt64` (a `timeout=1e11` from a caller that did not validate it) is `UInt64.max`,
/// where the plain conversion would trap.
func nanoseconds(inSeconds seconds: Double) -> UInt64 {
    guard seconds > 0 else { return 0 }
    let ns = seconds * 1e9
    return ns < 0x1p64 ? UInt64(ns) : .max
}

extension UInt64 {
    /// `self + other`, or `UInt64.max` when the sum overflows.
    func addingSaturated(_ other: UInt64) -> UInt64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
