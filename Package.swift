// swift-tools-version:6.0
// The lesson runner: see DESIGN.md in docs/ for the layout. Dependencies point one way:
// TensorEngine and Plot know nothing of the language; Script knows nothing of tensors;
// Prelude joins them; CellProtocol (cells, outputs, diagnostics, the session protocol) is
// shared by all above the engines; Lesson knows documents, sessions and renders, not the
// language; Preview serves pages over HTTP; LessonCLI parses arguments and hands the
// prelude's session to the runner. Tests/Scripts/import-direction.sh keeps this true.
import PackageDescription

/// Release builds drop exclusivity checks: the interpreter and the kernels are hot loops
/// over storage we own, and the checks cost a measurable share of each small op.
let fast: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "lesson",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lesson", targets: ["LessonCLI"]),
        .library(name: "TensorEngine", targets: ["TensorEngine"]),
        .library(name: "Plot", targets: ["Plot"]),
        .library(name: "CellProtocol", targets: ["CellProtocol"]),
        .library(name: "Script", targets: ["Script"]),
        .library(name: "Lesson", targets: ["Lesson"]),
        // The lesson API as a compiled Swift library: what `lesson export --to swift-package`
        // programs build against.
        .library(name: "LessonKit", targets: ["LessonKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `lesson preview`'s server (the Preview module only).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-atomics", from: "1.3.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CBLAS",
            providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(
            name: "CSleef",
            providers: [.apt(["libsleef-dev"])]),
        .systemLibrary(
            name: "CLibCrypto",
            providers: [.apt(["libssl-dev"])]),

        .target(name: "TensorEngine", dependencies: ["CBLAS", "CSleef"], exclude: ["README.md"], swiftSettings: fast),
        .target(name: "Plot", swiftSettings: fast),
        .target(name: "TeXMath"),
        // What passes between the runner and a session: cells, their outputs, diagnostics,
        // the session protocol. Every layer above the engines uses it; it imports nothing.
        .target(name: "CellProtocol", swiftSettings: fast),
        .target(name: "Script", dependencies: ["CellProtocol", .product(name: "Atomics", package: "swift-atomics")], swiftSettings: fast),
        .target(name: "Prelude", dependencies: ["Script", "TensorEngine", "Plot"], swiftSettings: fast),
        // The Prelude's API for compiled programs, on the same engines. No unsafeFlags here:
        // an exported lesson's package depends on this target.
        .target(name: "LessonKit", dependencies: ["TensorEngine", "Plot", "CellProtocol"]),
        .target(
            name: "Lesson",
            dependencies: [
                "CMarkGFM", "CLibCrypto", "CellProtocol", "TeXMath",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")],
            swiftSettings: fast),
        // The live preview server: Lesson's runner and pages behind Hummingbird. Kept apart
        // so that Lesson stays free of networking.
        .target(
            name: "Preview",
            dependencies: [
                "Lesson", "CellProtocol",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "LessonCLI",
            dependencies: ["Lesson", "Prelude", "Preview", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: fast),

        .executableTarget(
            name: "LessonBench",
            dependencies: ["TensorEngine", "CellProtocol", "Script", "Prelude", "Plot", "Lesson"],
            swiftSettings: fast),

        .testTarget(name: "TensorEngineTests", dependencies: ["TensorEngine"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"], exclude: ["Golden"]),
        .testTarget(name: "ScriptTests", dependencies: ["Script"]),
        .testTarget(name: "PreludeTests", dependencies: ["Prelude", "Script"]),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath"]),
        .testTarget(name: "LessonTests", dependencies: ["Lesson", "Prelude", "Script"]),
        .testTarget(name: "LessonCLITests", dependencies: ["LessonCLI"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "Prelude", "Script", "TensorEngine"]),
    ],
    swiftLanguageModes: [.v5]
)
