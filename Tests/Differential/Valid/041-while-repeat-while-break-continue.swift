// From LanguageConformanceTests.testWhileRepeatWhileBreakContinue (LANGUAGE.md §2).
var i = 0
while i < 3 { i += 1 }
var j = 10
repeat { j += 1 } while j < 5
var k = 0
var seen: [Int] = []
while true {
    k += 1
    if k % 2 == 0 { continue }
    if k > 7 { break }
    seen.append(k)
}
print(i, j, seen)
