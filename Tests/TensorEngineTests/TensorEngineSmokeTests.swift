import XCTest
@testable import TensorEngine

final class TensorEngineSmokeTests: XCTestCase {
    func testModuleLinks() {}
}
