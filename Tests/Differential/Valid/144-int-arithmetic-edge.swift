print(7 / 2, -7 / 2, 7 % 3, -7 % 3, 7 / -2)
print(Int.max / 2, 1 << 10, 255 & 15, 6 | 9, 6 ^ 3, 1024 >> 3)
print(abs(-5), max(3, 9), min(3, 9), 2 * 3 + 4 * 5)
var n = 17
n %= 5
print(n, 10.0 / 4, Double(10) / 4)
