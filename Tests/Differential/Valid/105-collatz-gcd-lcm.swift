func collatzSteps(_ start: Int) -> Int {
    var n = start, steps = 0
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        steps += 1
    }
    return steps
}
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
print(collatzSteps(27), collatzSteps(1), gcd(48, 18), lcm(4, 6))
let longest = (1...30).max { collatzSteps($0) < collatzSteps($1) }!
print(longest)
