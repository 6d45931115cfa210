// swift-tools-version:6.0
// A coverage-guided fuzzer (libFuzzer) for the lesson language's front end: lexer, parser,
// resolver and compiler, then execution under a tiny timeout. A package of its own so that
// the main package's `swift build` and `swift test` never compile it; build it with
//   swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld (scripts/fuzz-language)
import PackageDescription

let package = Package(
    name: "LanguageFuzz",
    dependencies: [.package(name: "lesson", path: "../../..")],
    targets: [
        .executableTarget(
            name: "LanguageFuzz",
            dependencies: [.product(name: "Script", package: "lesson")]),
    ],
    swiftLanguageModes: [.v5]
)
