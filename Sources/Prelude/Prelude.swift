// The Prelude: one `NativeLibrary` holding everything LANGUAGE.md §3 and §4 lists, built
// once per process and shared by every session (a library is not changed by the sessions
// that use it; per-session state — the random generator, the lesson folder, the outputs —
// comes from each call's `NativeContext`).

import Plot
import Script
import TensorEngine

/// The library and the native types its bindings refer to.
final class Prelude {
    /// The one library every lesson session starts with.
    static let shared = Prelude()

    let library = NativeLibrary()
    /// `Tensor`.
    let tensorType: NativeType
    /// `Module`, the base of every layer and of a lesson's `class Model: Module`.
    let moduleType: NativeType
    /// `Figure`.
    let figureType: NativeType
    /// The language type of each engine layer class, for values made from engine modules
    /// (`seq[0]`, `seq.layers`).
    var layerTypes: [ObjectIdentifier: NativeType] = [:]
    /// Every layer's declaration, by the engine class its values wrap (LayerCatalog.swift).
    var layerDeclarations: [ObjectIdentifier: LayerDeclaration] = [:]

    private init() {
        tensorType = library.addType("Tensor")
        moduleType = library.addType("Module")
        figureType = library.addType("Figure")
        bindTensorCreation()
        bindTensorReading()
        bindTensorOperators()
        bindTensorMethods()
        bindTensorFunctions()
        bindAutograd()
        bindModules()
        bindLayers()
        bindLosses()
        bindOptimizers()
        bindData()
        bindOutputs()
        bindCharts()
        for d in LibrarySignatures.all { library.declare(d.owner.isEmpty ? nil : d.owner, d.declaration) }
        library.cellWillRun = installEngineLimits
    }
}

/// Points the tensor engine's limits (and the charts' `DrawingStop`) for the cell's thread
/// at the session: kernels and chart drawing stop when the cell must (timeout), and large tensors count against the session's
/// memory budget (one `ComputeLimits` per session, kept in its context, so tensors made
/// by earlier cells still count).
func installEngineLimits(_ context: NativeContext) {
    let limits: ComputeLimits
    if let kept = context.libraryState as? ComputeLimits, kept.memoryLimit == context.memoryLimit {
        limits = kept
    } else {
        limits = ComputeLimits(memoryLimit: context.memoryLimit,
                               shouldStop: { [unowned context] in context.stopRequested },
                               overBudget: { [unowned context] in context.requestStop(.memory) })
        context.libraryState = limits
    }
    ComputeLimits.current = limits
    // Charts are drawn on the cell's thread too, and stop with it.
    DrawingStop.current = { [unowned context] in context.stopRequested }
}

/// The library with the tensor engine, layers, losses, optimisers, data and charts bound
/// in (LANGUAGE.md §3 and §4), for a `ScriptSession`.
public func lessonLibrary() -> NativeLibrary {
    Prelude.shared.library
}
