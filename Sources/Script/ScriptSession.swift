import Foundation

/// One lesson's interpreter: cells run in order and share globals, functions, classes
/// and the random generator. Each cell is lexed, parsed, resolved and compiled before
/// any of it runs, then run on a thread with a large stack (deep recursion ends with a
/// recursion-depth error, never a crash).
public final class ScriptSession: CellSession {
    public let context: NativeContext
    let library: NativeLibrary
    let globals: GlobalScope
    public var progressHandler: ((ProgressUpdate) -> Void)? {
        get { context.progressHandler }
        set { context.progressHandler = newValue }
    }

    /// A session with `library`'s natives bound in (on top of Swift's basics).
    public init(library: NativeLibrary = NativeLibrary(), directory: String = ".", seed: Int = 0) {
        self.library = library
        self.globals = GlobalScope(library: library)
        self.context = NativeContext(seed: seed, directory: directory)
        for (name, value) in library.constants {
            let slot = context.globalCount
            context.globalCount += 1
            context.globals[slot] = value
            globals.vars[name] = VarInfo(ref: .global(slot: slot), isLet: true, type: nil, initialized: true)
        }
    }

    public func run(_ cell: CellSource, timeout: Double?) -> CellRun {
        let start = DispatchTime.now().uptimeNanoseconds
        var outputs: [CellOutput] = []
        let work = { outputs = self.runHere(cell, timeout: timeout) }
        // A thread with a 512 MB stack: deep (but bounded) recursion in the tree-walking
        // closures must not overflow the process's stack.
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            work()
            done.signal()
        }
        thread.stackSize = 512 << 20
        thread.start()
        done.wait()
        let duration = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return CellRun(outputs: outputs, duration: duration)
    }

    /// Parses, compiles and runs a cell on the calling thread.
    func runHere(_ cell: CellSource, timeout: Double?) -> [CellOutput] {
        let ctx = context
        let map = SourceMap(cell)
        ctx.outputs = []
        ctx.printedBytes = 0
        ctx.chartBytes = 0
        ctx.depth = 0
        ctx.sp = ctx.stackBase
        ctx.timeoutSeconds = timeout ?? 0
        ctx.deadline = timeout.map { DispatchTime.now().uptimeNanoseconds.addingSaturated(nanoseconds(inSeconds: $0)) } ?? 0
        let code: Code
        var lastStatement: Int?
        let proto = FunctionProto(name: "cell")
        let savedGlobals = globals.vars, savedClasses = globals.classes, savedCount = ctx.globalCount
        do {
            let tokens = Lexer(cell.code).tokenize()
            let stmts = try Parser(tokens: tokens).parseProgram()
            try checkStructure(stmts)
            lastStatement = stmts.last?.offset
            let compiler = Compiler(ctx: ctx, globals: globals, library: library, cellProto: proto, boxLocals: containsClosure(stmts))
            code = try compiler.compileCell(stmts)
        } catch let e as ParseError {
            // A cell that does not compile declares nothing.
            globals.vars = savedGlobals
            globals.classes = savedClasses
            ctx.globalCount = savedCount
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
        } catch let e as ScriptError {
            base.update(repeating: .void, count: max(proto.frameSize, ctx.sp - base))
            ctx.outputs.append(.error(map.diagnostic(e.message, at: e.offset ?? 0)))
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
