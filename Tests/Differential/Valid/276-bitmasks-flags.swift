let read = 0b001
let write = 0b010
let execute = 0b100

func describe(_ perms: Int) -> String {
    var s = ""
    s += perms & read != 0 ? "r" : "-"
    s += perms & write != 0 ? "w" : "-"
    s += perms & execute != 0 ? "x" : "-"
    return s
}

let modes = [0o7, 0o5, 0o4, 0o0, read | write]
for m in modes {
    print(m, describe(m))
}
var flags = 0x0
flags |= write
flags |= execute
flags &= ~write
print(describe(flags), flags)
let big = 0xDEAD_BEEF
print(big, big >> 16, big & 0xFFFF)
