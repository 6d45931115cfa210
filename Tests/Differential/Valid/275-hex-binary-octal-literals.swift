let hex = 0xFF
let binary = 0b1010_1010
let octal = 0o755
let million = 1_000_000
let smallHex = 0x1f
print(hex, binary, octal, million, smallHex)
let mask = 0b1111_0000
print(hex & mask, hex | 0x100, binary ^ 0xFF)
print(1 << 10, 0x8000 >> 4)
let price = 1_234.5_6
print(price)
let bytes = [0x00, 0x7F, 0x80, 0xFF]
print(bytes)
print(String(255, radix: 16), String(10, radix: 2), String(8, radix: 8))
print(Int("ff", radix: 16)!, Int("1010", radix: 2)!)
