let s: String? = "42"
let n = s.flatMap { Int($0) }
print(n! + 1)
let doubled = n.map { $0 * 2 }
print(doubled ?? 0)
let arr = [5, 3, 9]
print(arr.max()! - arr.min()!, arr.first! + arr.last!)
var o: Double? = 1.5
o! += 1
print(o!)
