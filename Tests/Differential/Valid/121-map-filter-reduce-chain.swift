let nums = Array(1...10)
let evenSquares = nums.filter { $0 % 2 == 0 }.map { $0 * $0 }
print(evenSquares, evenSquares.reduce(0, +))
let sumOfOdds = nums.filter { $0 % 2 == 1 }.reduce(0) { $0 + $1 }
print(sumOfOdds)
let strs = nums.map { String($0) }.joined(separator: ",")
print(strs)
let product = nums[0..<5].reduce(1, *)
print(product, nums.contains(10), nums.filter { $0 > 9 }.isEmpty)
