var n = 100
var steps = 0
while n > 1 {
    n /= 2
    steps += 1
}
print(steps)
var guess = 1
repeat {
    guess *= 3
} while guess < 100
print(guess)
var total = 0
var i = 0
while true {
    i += 1
    if i % 3 == 0 { continue }
    if i > 10 { break }
    total += i
}
print(total)
