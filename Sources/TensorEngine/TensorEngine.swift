/// The tensor engine: Float32 tensors with broadcasting, reverse-mode autograd, layers,
/// losses, optimisers and data loading (LANGUAGE.md §3). It knows nothing of the language.
public enum TensorEngineInfo {
    public static let name = "TensorEngine"
}
