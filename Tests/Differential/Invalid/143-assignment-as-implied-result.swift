print("start")
var total = 0
func add(_ n: Int) -> Int { total += n }
print(add(2))
