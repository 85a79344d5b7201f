import Foundation

/// Parses ISO 8601 timestamps as reports write them, straight from bytes:
/// `2026-09-15T14:49:31+00:00`, `…Z`, `…+0100`, fractional seconds, or a bare date (midnight UTC).
enum ISODate {
    /// Unix seconds, or nil when `bytes` is not such a timestamp.
    static func seconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        let count = bytes.count
        var index = 0
        func digits(_ n: Int) -> Int64? {
            guard index + n <= count else { return nil }
            var value: Int64 = 0
            for _ in 0..<n {
                let digit = Int64(bytes[index]) - 48
                guard digit >= 0, digit <= 9 else { return nil }
                value = value * 10 + digit
                index += 1
            }
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = (daysFromCivil(year: year, month: month, day: day)) * 86_400
        if index == count { return seconds }
        guard index < count, bytes[index] == 0x54 || bytes[index] == 0x20 else { return nil }
        index += 1
        guard let hour = digits(2), expect(0x3A), let minute = digits(2), hour < 24, minute < 60 else { return nil }
        var second: Int64 = 0
        if expect(0x3A) {
            guard let parsed = digits(2), parsed <= 60 else { return nil }
            second = parsed
            if index < count, bytes[index] == 0x2E || bytes[index] == 0x2C {
                index += 1
                while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            }
        }
        seconds += hour * 3600 + minute * 60 + second
        guard index < count else { return seconds }  // no offset: UTC
        let sign = bytes[index]
        if sign == 0x5A || sign == 0x7A {
            index += 1
            return index == count ? seconds : nil
        }
        guard sign == 0x2B || sign == 0x2D else { return nil }
        index += 1
        guard let offsetHours = digits(2) else { return nil }
        _ = expect(0x3A)
        let offsetMinutes = index < count ? digits(2) : 0
        guard let offsetMinutes, index == count else { return nil }
        let offset = offsetHours * 3600 + offsetMinutes * 60
        return sign == 0x2B ? seconds - offset : seconds + offset
    }

    static func seconds(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { seconds($0) }
    }

    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

/// Times and dates typed on the command line (`--at`, `--date`, `--since`).
public enum LedgerTime {
    /// An ISO 8601 timestamp (`2026-11-03T10:00:00+01:00`, UTC when no offset), or a bare date
    /// `2026-11-03`, taken as noon UTC so that it falls on that date in every marketplace's time zone.
    public static func parse(_ text: String) -> Date? {
        guard let seconds = ISODate.seconds(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        let isDateOnly = text.trimmingCharacters(in: .whitespaces).count == 10
        return Date(timeIntervalSince1970: TimeInterval(seconds + (isDateOnly ? 12 * 3600 : 0)))
    }
}
