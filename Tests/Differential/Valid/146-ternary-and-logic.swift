let age = 20
let member = true
let price = age < 18 ? 5.0 : (member ? 8.0 : 10.0)
print(price)
let a = true, b = false
print(a && !b, a || b, !(a && b), a != b)
let x = 7
print(x > 5 && x < 10 ? "in" : "out", x % 2 == 0 ? "even" : "odd")
