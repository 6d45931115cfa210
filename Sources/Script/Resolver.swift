// Name resolution: which slot a name refers to, decided before the cell runs.
//
// Scopes nest as the code does: blocks inside functions inside the cell. A name is, in
// order: a local of the current function (a frame slot), a variable of an enclosing
// function (captured: the closure gets its `VariableBox`), a stored property or method of
// `self` inside a class body, a global of the session (a slot in the globals block), or
// a built-in / native function or type. `let` constants cannot be assigned again, and a
// name not found is reported with the nearest known name.

/// Where a resolved variable lives.
enum VarRef {
    case local(slot: Int, boxed: Bool)
    case global(slot: Int)
}

struct VarInfo {
    var ref: VarRef
    var isLet: Bool
    var type: TypeRef?
    /// `let x: Int` without a value may be assigned once.
    var initialized: Bool
    /// Assigned since its declaration, in the code's order (`var x: Int` … `x = 5`): a
    /// variable declared without a value may be read only then.
    var assigned = false
    /// A function declared with `func`: calls bind to it directly.
    var proto: FunctionProto?
    /// The type the checker inferred from the first value (`let a = 1` is an `Int`),
    /// used for checks and literal typing only; `type` stays what was written.
    var inferred: TypeRef? = nil
    /// A computed variable outside a type (ComputedVariables.swift): read and assigned
    /// through its accessor functions.
    var isComputed = false
}

/// One function being compiled (the cell itself is the outermost).
final class FunctionScope {
    let proto: FunctionProto
    let parent: FunctionScope?
    var blocks: [[String: VarInfo]] = [[:]]
    var nextSlot = 0
    /// Labels of the enclosing labelled loops (`outer: for …`), innermost last.
    var loopLabels: [String] = []
    /// The label of the loop statement being compiled next, taken by that loop.
    var pendingLabel: String?
    /// Bodies of the cell's top-level functions, compiled after the rest of the cell so
    /// they may use globals declared after them (as Swift's top-level code allows).
    var deferredBodies: [() throws -> Void] = []
    /// Variables of enclosing functions this one captures: name → (slot here, info outside).
    var captures: [(name: String, slot: Int, outer: VarInfo)] = []
    /// Every local is boxed when the function contains closures (they may capture it).
    let boxLocals: Bool
    /// The class whose method this is (names may be its members).
    let cls: ScriptClass?
    let isStaticContext: Bool
    /// A function declared `throws` (or a closure, or the cell's top level): a `try` in it
    /// needs no `catch` around it.
    var mayThrow = true
    /// Parameters the body has not yet shadowed: they sit in the body's block, but Swift
    /// lets the body declare its own `r` once (`guard let r = r`, `var xs = xs`).
    var shadowableParameters: Set<String> = []
    /// Names the function's body declares with `let`/`var` at its top level: one used
    /// before its declaration is "used before its declaration", not unknown.
    var bodyNames: Set<String> = []
    /// Depth of `do` bodies with a `catch` around the code being compiled.
    var catchDepth = 0
    /// Depth of `try` expressions around the code being compiled.
    var tryDepth = 0

    init(proto: FunctionProto, parent: FunctionScope?, boxLocals: Bool, cls: ScriptClass?, isStatic: Bool = false) {
        self.proto = proto
        self.parent = parent
        self.boxLocals = boxLocals
        self.cls = cls
        self.isStaticContext = isStatic
    }

    func newSlot() -> Int {
        let s = nextSlot
        nextSlot += 1
        if nextSlot > proto.frameSize { proto.frameSize = nextSlot }
        return s
    }

    func lookupLocal(_ name: String) -> VarInfo? {
        for b in blocks.reversed() { if let v = b[name] { return v } }
        return nil
    }

    var allNames: [String] { blocks.flatMap { Array($0.keys) } + captures.map(\.name) }
}

/// Globals and types of a session, shared by all its cells.
final class GlobalScope {
    var vars: [String: VarInfo] = [:]
    /// `infix operator **: MultiplicationPrecedence`: each declared operator's precedence
    /// level in the parser's table (kept for the session's later cells).
    var customOperators: [String: Int] = [:]
    var classes: [String: ScriptClass] = [:]
    /// Free functions: the library's overloads first, then Swift's basics of the same name.
    var functions: [String: NativeFunctionSet] = [:]

    init(library: NativeLibrary) {
        functions = builtinFunctions
        for (name, set) in library.functions {
            let merged = NativeFunctionSet(name: name)
            merged.overloads = set.overloads + (builtinFunctions[name]?.overloads ?? [])
            functions[name] = merged
        }
    }
}

/// True when statements contain a closure or nested function (so locals may be captured).
/// Types declared inside are their own scopes and are not looked into.
func containsClosure(_ stmts: [Stmt]) -> Bool {
    ASTWalk.statements(stmts, intoDeclarations: false, enter: { s in
        switch s.kind {
        case .computedVar, .propertyObservers, .function: return true
        default: return false
        }
    }, visit: { e in
        if case .closure = e.kind { return true }
        return false
    })
}
