// From LanguageConformanceTests.testStaticMembersAndSelf (LANGUAGE.md §2).
struct Config {
    static let size = 3
    static func make() -> Config { Config(v: Self.size) }
    var v: Int
}
class Registry {
    static var count = 0
    init() { Registry.count += 1 }
}
_ = Registry(); _ = Registry()
print(Config.size, Config.make().v, Registry.count)
