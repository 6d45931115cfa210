func count() -> Int { 3 }
print("start")
let average: Double = count()
