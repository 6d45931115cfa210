// Convolution, pooling, normalisation and attention layers (LANGUAGE.md §3): bound here as
// the engine provides them.

import Script
import TensorEngine

extension Prelude {
    func bindExtraLayers() {}

    /// Calls a layer whose call takes other arguments than one tensor; nil for the others.
    func callExtraLayer(_ m: Module, _ args: [Value]) throws -> Value? { nil }
}

/// The text of a layer bound in this file; nil for the others.
func describeExtraModule(_ m: Module) -> String? { nil }
