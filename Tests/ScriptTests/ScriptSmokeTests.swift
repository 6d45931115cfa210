import XCTest
@testable import Script

final class ScriptSmokeTests: XCTestCase {
    func testModuleLinks() {}
}
