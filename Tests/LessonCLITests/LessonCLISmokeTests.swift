import XCTest
@testable import LessonCLI

final class LessonCLISmokeTests: XCTestCase {
    func testModuleLinks() {}
}
