import XCTest
@testable import Prelude

final class PreludeSmokeTests: XCTestCase {
    func testModuleLinks() {}
}
