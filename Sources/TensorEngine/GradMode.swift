#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether operations record the graph for `backward()`. Per thread, so two lessons run on two
/// threads never see each other's `noGrad`. A pthread key is a few nanoseconds to read, and we
/// read it only when an operand requires grad.
enum GradMode {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// True unless inside `noGrad` on this thread. (Stored inverted: nil, the default, is "on".)
    static var isEnabled: Bool {
        get { pthread_getspecific(key) == nil }
        set { pthread_setspecific(key, newValue ? nil : UnsafeRawPointer(bitPattern: 1)) }
    }
}

/// Runs `body` without recording operations for autograd, and returns what it returns.
/// In-place updates of tensors that require grad are allowed only in here.
public func noGrad<T>(_ body: () throws -> T) rethrows -> T {
    let previous = GradMode.isEnabled
    GradMode.isEnabled = false
    defer { GradMode.isEnabled = previous }
    return try body()
}

/// Whether operations on this thread currently record the autograd graph.
public var isGradEnabled: Bool { GradMode.isEnabled }
