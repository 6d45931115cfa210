import XCTest
@testable import Prelude
import Script

/// Native call sites reuse one argument array between calls; a call that re-enters the
/// same site (a native calling back into lesson code that reaches the site again) must
/// get arguments of its own.
final class CallSiteReentryTests: XCTestCase {
    func testRecursionThroughANativeCallbackKeepsEachCallsArguments() {
        let r = runClean(["""
            func total(_ n: Int) -> Double {
                if n == 0 { return 0 }
                return noGrad { Double(n) + total(n - 1) }
            }
            print(total(4))
            let t = Tensor([1.0, 2.0])
            func depth(_ x: Tensor, _ n: Int) -> Tensor {
                n == 0 ? x : noGrad { depth(x * 2, n - 1) + x }
            }
            print(depth(t, 3).scalars)
            """])
        XCTAssertEqual(r.text, "10.0\n[15.0, 30.0]\n")
    }
}
