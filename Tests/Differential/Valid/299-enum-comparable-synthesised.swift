// Comparable synthesised for enums: cases compare in declaration order, then their
// associated values.
enum Size: Comparable {
    case small, medium, large
}

enum Priority: Comparable {
    case low
    case high(Int)
}

let sizes: [Size] = [.large, .small, .medium, .small]
print(sizes.sorted())
print(sizes.max()!, sizes.min()!)
print(Size.small < Size.large, Size.large <= Size.medium, Size.medium >= Size.medium)

let tasks: [Priority] = [.high(2), .low, .high(7), .high(1)]
print(tasks.sorted())
print(Priority.high(3) > Priority.low, Priority.high(3) < Priority.high(4))
