// swift-tools-version:6.0
// The lesson runner: see DESIGN.md in docs/ for the layout. Dependencies point one way:
// TensorEngine and Plot know nothing of the language; Script knows nothing of tensors;
// Prelude joins them; Lesson knows documents and renders; LessonCLI only parses arguments.
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
        .library(name: "Script", targets: ["Script"]),
        .library(name: "Lesson", targets: ["Lesson"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
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

        .target(name: "TensorEngine", dependencies: ["CBLAS", "CSleef"], exclude: ["README.md"], swiftSettings: fast),
        .target(name: "Plot", swiftSettings: fast),
        .target(name: "Script", swiftSettings: fast),
        .target(name: "Prelude", dependencies: ["Script", "TensorEngine", "Plot"], swiftSettings: fast),
        .target(
            name: "Lesson",
            dependencies: [
                "CMarkGFM", "Script", "Prelude",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")],
            swiftSettings: fast),
        .executableTarget(
            name: "LessonCLI",
            dependencies: ["Lesson", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: fast),

        .executableTarget(
            name: "LessonBench",
            dependencies: ["TensorEngine", "Script", "Prelude", "Plot", "Lesson"],
            swiftSettings: fast),

        .testTarget(name: "TensorEngineTests", dependencies: ["TensorEngine"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"], exclude: ["Golden"]),
        .testTarget(name: "ScriptTests", dependencies: ["Script"]),
        .testTarget(name: "PreludeTests", dependencies: ["Prelude", "Script"]),
        .testTarget(name: "LessonTests", dependencies: ["Lesson"]),
        .testTarget(name: "LessonCLITests", dependencies: ["LessonCLI"]),
    ],
    swiftLanguageModes: [.v5]
)
