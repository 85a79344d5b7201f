/// A position in a packed column (`PackedHistory`): integers ended by a comma, and texts as
/// `<length in bytes>:<bytes>`, with `-` for NULL in either.
struct PackedFields {
    let base: UnsafePointer<UInt8>
    let end: Int
    var position = 0

    init(base: UnsafePointer<UInt8>, end: Int) {
        self.base = base
        self.end = end
    }

    /// An integer ended by a comma; nil when malformed.
    @inline(__always)
    mutating func number() -> Int64? {
        let negative = position < end && base[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        let (value, digits) = self.digits()
        // At most 18 digits, so the value cannot have overflowed (ids and Unix seconds have far fewer).
        guard digits > 0, digits <= 18, position < end, base[position] == UInt8(ascii: ",") else { return nil }
        position += 1
        return negative ? -value : value
    }

    /// The decimal digits at the position (which moves past them): their value, wrapping past 18
    /// digits, and how many there were. Eight at a time when eight follow (Unix seconds have ten),
    /// with the SWAR steps of simdjson's `parse_eight_digits_unrolled`.
    @inline(__always)
    private mutating func digits() -> (value: Int64, count: Int) {
        var value: Int64 = 0, count = 0
        if end - position >= 8 {
            let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
            let high: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
            // Every byte is 0x30...0x39: its high nibble is 3 and adding 6 does not carry into it.
            if (word & high) | (((word &+ 0x0606_0606_0606_0606) & high) >> 4) == 0x3333_3333_3333_3333 {
                // (Swift's `>>` binds tighter than `&*`: the products are in parentheses.)
                var eight = ((word & 0x0F0F_0F0F_0F0F_0F0F) &* 2561) >> 8
                eight = ((eight & 0x00FF_00FF_00FF_00FF) &* 6_553_601) >> 16
                eight = ((eight & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) >> 32
                value = Int64(truncatingIfNeeded: eight)
                count = 8
                position += 8
            }
        }
        while position < end, case let digit = base[position] &- 48, digit < 10 {
            value = value &* 10 &+ Int64(digit)
            position += 1
            count &+= 1
        }
        return (value, count)
    }

    /// `-` (NULL, as `.some(nil)`) or `<length>:<bytes>`; nil when malformed.
    mutating func text() -> UnsafeBufferPointer<UInt8>?? {
        guard position < end else { return nil }
        if base[position] == UInt8(ascii: "-") {
            position += 1
            return .some(nil)
        }
        var length = 0, digits = 0
        while position < end, case let byte = base[position], byte &- 48 < 10, digits < 9 {
            length = length * 10 + Int(byte &- 48)
            position += 1
            digits += 1
        }
        guard digits > 0, position < end, base[position] == UInt8(ascii: ":"), length <= end - position - 1 else { return nil }
        let start = position + 1
        position = start + length
        return .some(UnsafeBufferPointer(start: base + start, count: length))
    }
}
