class ListNode {
    var value: Int
    var next: ListNode?
    init(_ value: Int, next: ListNode? = nil) {
        self.value = value
        self.next = next
    }
}
func build(_ xs: [Int]) -> ListNode? {
    var head: ListNode? = nil
    for x in xs.reversed() { head = ListNode(x, next: head) }
    return head
}
func toArray(_ head: ListNode?) -> [Int] {
    var out: [Int] = []
    var node = head
    while let n = node {
        out.append(n.value)
        node = n.next
    }
    return out
}
let list = build([1, 2, 3, 4])
print(toArray(list), list?.next?.value ?? 0)
