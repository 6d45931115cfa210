print("start")
func minMax(_ xs: [Int]) -> (Int, Int) { (xs.min()!, xs.max()!) }
let (lo, hi, mid) = minMax([3, 1, 2])
print(lo, hi, mid)
