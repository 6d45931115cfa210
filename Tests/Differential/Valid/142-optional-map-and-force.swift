let s: String? = "42"
let n = Int(s!)
print(n! + 1)
if let k = n { print(k * 2) }
let arr = [5, 3, 9]
print(arr.max()! - arr.min()!, arr.first! + arr.last!)
var o: Double? = 1.5
o! += 1
print(o!)
