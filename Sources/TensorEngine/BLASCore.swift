import CBLAS
import CSleef
import Foundation

/// Which kernel set OpenBLAS runs, checked once before the first product.
///
/// Debian's OpenBLAS is built for every x86-64 generation (DYNAMIC_ARCH) and picks a kernel
/// set from the CPU's model number at load time. A CPU newer than the build is not in its
/// table, and it falls back to "Prescott", SSE3 kernels from 2004: on an Emerald Rapids
/// server (family 6, model 207) OpenBLAS 0.3.21 does exactly that, and every product runs
/// 2-3x slower than the CPU allows (the char-LSTM workload: 420 ms against 175 ms with
/// the SkylakeX kernels, measured side by side on that machine).
///
/// So at the first product, when OpenBLAS chose a set without AVX while the CPU has AVX2 and
/// FMA (or AVX-512), the engine asks OpenBLAS to choose again, naming the set the CPU's
/// features call for: SkylakeX for AVX-512, Haswell for AVX2. OpenBLAS's own way to name a
/// set is the `OPENBLAS_CORETYPE` variable, read by its `gotoblas_dynamic_init`; that
/// function is looked up at run time (only a DYNAMIC_ARCH build has it), called with the
/// variable set for the moment of the call, and the variable is then restored, so child
/// processes see the environment they were given. A user's own `OPENBLAS_CORETYPE` is left
/// alone, as is any set with AVX (OpenBLAS's choice among modern sets is its own business).
enum BLASCore {
    /// OpenBLAS's kernel sets with AVX or better, lower-cased as `openblas_get_corename` prints them.
    static let vectorCores: Set<String> = [
        "sandybridge", "haswell", "skylakex", "cooperlake", "sapphirerapids",
        "bulldozer", "piledriver", "steamroller", "excavator", "zen",
    ]

    /// The kernel set OpenBLAS runs now ("SkylakeX", "Haswell", ...).
    static var name: String {
        guard let p = openblas_get_corename() else { return "unknown" }
        return String(cString: p)
    }

    /// What the check did, for tests and `LessonBench`: nil when OpenBLAS's choice stood.
    nonisolated(unsafe) private(set) static var correction: (from: String, to: String)?

    /// Runs the check once per process (Swift's global initialisation is thread-safe).
    static let checked: Void = { correctFallback() }()

    /// The set to ask for on this CPU when OpenBLAS fell back, nil when it need not.
    static func replacement(for core: String, vectorLevel: Int, userChoice: String?) -> String? {
        guard userChoice == nil, !vectorCores.contains(core.lowercased()) else { return nil }
        switch vectorLevel {
        case 2: return "SkylakeX"
        case 1: return "Haswell"
        default: return nil
        }
    }

    private static func correctFallback() {
        let before = name
        let userChoice = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"]
        guard let wanted = replacement(for: before, vectorLevel: Int(lesson_cpu_vector_level()), userChoice: userChoice),
              let quit = symbol("gotoblas_dynamic_quit"), let initialise = symbol("gotoblas_dynamic_init") else { return }
        setenv("OPENBLAS_CORETYPE", wanted, 1)
        quit()
        initialise()
        unsetenv("OPENBLAS_CORETYPE")
        correction = (before, name)
    }

    private typealias Procedure = @convention(c) () -> Void

    private static func symbol(_ name: String) -> Procedure? {
        guard let address = dlsym(nil, name) else { return nil }  // nil: RTLD_DEFAULT, every loaded library
        return unsafeBitCast(address, to: Procedure.self)
    }
}
