import XCTest
@testable import Lesson

final class LessonSmokeTests: XCTestCase {
    func testModuleLinks() {}
}
