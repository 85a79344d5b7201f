/// Finds telephone numbers in national and international formats.
///
/// Amazon order ids (3-7-7 digits) and ASINs are skipped first; so are dates, times, prices,
/// measurements, model and part numbers, quantities and postcodes, judged by shape and by the
/// words just before the number.
enum PhoneScanner {
    struct Hit: Sendable {
        var range: Range<Int>
        var text: String
    }

    /// Words shortly before a number that make it an id, a model or an amount instead.
    static let idWords: [String] = [
        "order", "bestell", "commande", "pedido", "ordine", "invoice", "rechnung", "facture", "factura", "fattura",
        "tracking", "sendung", "suivi", "seguimiento", "spedizion", "model", "modell", "modèle", "modelo", "part",
        "teil", "pièce", "pieza", "ricambio", "serial", "serie", "série", "sku", "asin", "ref", "artikel", "article",
        "articolo", "artículo", "item", "lot", "batch", "charge", "code", "ticket", "case", "rma", "iban", "account",
        "konto", "cuenta", "conto", "no.", "nr", "n°", "nº", "#", "id", "ean", "upc", "isbn", "gtin", "number:",
        "paket", "colis", "paquete", "pacco", "version", "firmware", "lote", "lotto", "date", "datum",
        // Abbreviations of reference and article numbers: "Art.-Nr. 88-4410-220", "réf. 30-1187-0422", "cod. 30-1187-0422".
        "art.-nr", "art.nr", "art-nr", "artnr", "réf", "référence", "referenz", "referencia", "riferimento", "cod", "codice",
        // Company, tax and register numbers: "SIRET 812 345 678 00027", "RCS Lyon 812 345 678", "P.IVA IT 01234567890".
        "siret", "siren", "rcs", "tva", "vat", "ust", "ust-id", "ust-idnr", "steuer", "p.iva", "piva", "partita", "iva",
        "nif", "cif", "hrb", "hra", "handelsregister", "registr", "registro", "weee", "rea", "fiscal", "eori", "kvk", "btw",
        // Serial numbers: "SN 7721-0034-88", "S/N 4471 2209 3381", "matricola 0432 5567 8812", "IMEI 35 209906 ...".
        "sn", "s/n", "matricola", "imei",
        // Licence and shipment numbers: "Lizenz-ID: 2024-118-5567-0093", "número de envío 0530 1234 5678".
        "license", "licence", "licencia", "licenza", "lizenz", "shipment", "consignment", "parcel", "waybill", "envoi",
        "expédition", "envío", "envio", "versand",
        // Tracking numbers: "numero di tracciamento 0614 2233 4455 6", "número de rastreo 0530 1234 5678".
        "tracciament", "rastreo", "localizador",
    ]

    static let unitWords: Set<String> = [
        "mm", "cm", "m", "km", "kg", "g", "mg", "ml", "l", "mah", "w", "kw", "v", "hz", "gb", "tb", "mb", "pcs",
        "pieces", "stück", "stk", "x", "inch", "inches", "in", "ft", "lb", "lbs", "oz", "units", "items", "sheets",
        "pages", "rpm", "dpi", "eur", "euro", "euros", "usd", "gbp", "dollars", "pounds", "€", "$", "£", "%",
    ]

    static func scan(_ text: ScanText, words: PhoneWords) -> [Hit] {
        let bytes = text.bytes
        let count = bytes.count
        var hits: [Hit] = []
        var index = 0
        while index < count {
            // Fast skip to the next digit, `+` or `(`.
            index = bytes.withUnsafeBufferPointer { buffer in
                var position = index
                // Eight bytes at a time past text without a digit, `+` or `(`.
                if let base = buffer.baseAddress {
                    while position + 8 <= count && !mayStartNumber(UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)) {
                        position += 8
                    }
                }
                while position < count {
                    let byte = buffer[position]
                    if ByteClass.isDigit(byte) || byte == 0x2B || byte == 0x28 { break }
                    position += 1
                }
                return position
            }
            guard index < count else { break }
            let byte = bytes[index]
            let startsNumber = ByteClass.isDigit(byte)
                || ((byte == 0x2B || byte == 0x28) && index + 1 < count && (ByteClass.isDigit(bytes[index + 1]) || bytes[index + 1] == 0x28))
            guard startsNumber else { index += 1; continue }
            let end = spanEnd(bytes, from: index)
            defer { index = max(end, index + 1) }
            if index > 0 {
                let before = bytes[index - 1]
                // Part of a word, a model code, a decimal or an id: "XR-1200", "B0ABC12345", "v2.1".
                if ByteClass.isASCIIAlnum(before) || before >= 0x80 || before == 0x2D || before == 0x2E || before == 0x2F
                    || before == 0x5F || before == 0x2C || before == 0x3A || before == 0x24 || before == 0x23 { continue }
            }
            if isPhone(bytes, start: index, end: end, words: words) {
                hits.append(Hit(range: index..<end, text: String(decoding: bytes[index..<end], as: UTF8.self)))
            }
        }
        return hits
    }

    /// Whether an 8-byte chunk holds a digit, `+` or `(` (never false when it does).
    @inline(__always)
    private static func mayStartNumber(_ chunk: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        // A byte below n in `x` sets its high bit in (x - n) & ~x, at the lowest such byte at least.
        let digits = chunk ^ (0x30 &* ones)
        let plus = chunk ^ (0x2B &* ones)
        let paren = chunk ^ (0x28 &* ones)
        let found = ((digits &- 0x0A &* ones) & ~digits) | ((plus &- ones) & ~plus) | ((paren &- ones) & ~paren)
        return found & highBits != 0
    }

    /// The end of a run of digits and phone separators starting at `start` (ends on a digit).
    private static func spanEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var lastDigitEnd = start
        var separatorRun = 0
        let limit = min(bytes.count, start + 40)
        while index < limit {
            let byte = bytes[index]
            if ByteClass.isDigit(byte) {
                separatorRun = 0
                lastDigitEnd = index + 1
            } else if byte == 0x20 || byte == 0x2D || byte == 0x2E || byte == 0x2F || byte == 0x28 || byte == 0x29
                        || (byte == 0x2B && index == start) {
                separatorRun += 1
                if separatorRun > 3 { break }
            } else {
                break
            }
            index += 1
        }
        return lastDigitEnd
    }

    private static func isPhone(_ bytes: [UInt8], start: Int, end: Int, words: PhoneWords) -> Bool {
        let span = bytes[start..<end]
        // Most numbers are too short or too long to be a phone number: decide before building groups.
        var digitCount = 0
        for byte in span where ByteClass.isDigit(byte) { digitCount += 1 }
        guard digitCount >= 7 && digitCount <= 15 else { return false }
        var groups: [Int] = []
        var separators: [UInt8] = []
        var current = 0
        for byte in span {
            if ByteClass.isDigit(byte) {
                current += 1
            } else {
                if current > 0 { groups.append(current) }
                current = 0
                if byte != 0x28 && byte != 0x29 && byte != 0x2B { separators.append(byte) }
            }
        }
        if current > 0 { groups.append(current) }
        let digits = groups.reduce(0, +)
        guard digits >= 7 && digits <= 15 else { return false }
        // Amazon order id 3-7-7 (17 digits) never gets here; a 3-7 prefix of one might.
        if groups == [3, 7, 7] { return false }

        let plus = span.first == 0x2B
        let paren = span.contains(0x28)
        let (phoneContext, idContext) = PhoneContext.judge(bytes, before: start, length: 36, words: words)

        // Followed by a unit, a currency or letters: a measurement, an amount or a code.
        if end < bytes.count {
            let after = bytes[end]
            if ByteClass.isASCIILetter(after) || after == 0x25 || after >= 0x80 && !isSpaceLike(bytes, end) { return false }
            if let unit = nextWord(bytes, from: end), unitWords.contains(unit) { return false }
        }
        if start > 0, followsCurrencySymbol(bytes, before: start) { return false }
        if idContext && !phoneContext { return false }
        // A short upper-case code just before: a country prefix of a tax number ("GB 123 4567 89",
        // "FR 12 345678901") or the head of a tracking code ("8R 02 345 678 9012").
        if !phoneContext && hasCodePrefix(bytes, before: start) { return false }
        if isDate(groups: groups, separators: separators) { return false }
        // A date followed by another number ("12.03.2024 49,99 €").
        if groups.count > 3, separators.count >= 2, separators[0] != 0x20,
           groups[0] == 4 || groups[2] == 4,
           isDate(groups: Array(groups.prefix(3)), separators: Array(separators.prefix(2))) { return false }
        if groups.count == 2 && groups[0] == 4 && groups[1] == 4 && isYearRange(span) { return false }
        // A law, decree or document reference by number and year: "Real Decreto 110/2015", "n. 2025/0417".
        if !phoneContext, groups.count == 2, separators == [0x2F], isYearGroup(span, groups: groups) { return false }
        if groups == [5, 4] && !phoneContext { return false }
        if !plus && !paren && !phoneContext && groups.count >= 3 && groups.dropFirst().allSatisfy({ $0 == 3 })
            && groups[0] <= 3 && span.first != 0x30 && !isSpanishNational(span, groups: groups, separators: separators) { return false }

        if plus { return digits >= 8 }
        if paren { return true }
        if phoneContext { return true }
        if span.starts(with: [0x30, 0x30]) && digits >= 10 { return true }
        if groups.count == 1 { return span.first == 0x30 && digits >= 10 && digits <= 12 }
        if groups == [3, 4] { return true }
        return digits >= 8 && groups.count <= 6
    }

    /// Spanish national numbers, 3-3-3 from 6, 7, 8 or 9 with spaces or hyphens: "912 345 678".
    private static func isSpanishNational(_ span: ArraySlice<UInt8>, groups: [Int], separators: [UInt8]) -> Bool {
        guard groups == [3, 3, 3], let first = span.first, (0x36...0x39).contains(first),
              let separator = separators.first, separator == 0x20 || separator == 0x2D else { return false }
        return separators.allSatisfy { $0 == separator }
    }

    private static func isDate(groups: [Int], separators: [UInt8]) -> Bool {
        guard groups.count == 3, let first = separators.first, separators.allSatisfy({ $0 == first }) else { return false }
        let dayMonthYear = groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 4 || groups[2] == 2)
        let yearMonthDay = groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2
        return dayMonthYear || yearMonthDay
    }

    private static func isYearRange(_ span: ArraySlice<UInt8>) -> Bool {
        let digits = span.filter(ByteClass.isDigit)
        guard digits.count == 8 else { return false }
        let first = digits.prefix(2), second = digits.dropFirst(4).prefix(2)
        let years: Set<[UInt8]> = [[0x31, 0x39], [0x32, 0x30]]
        return years.contains(Array(first)) && years.contains(Array(second))
    }

    /// Whether one of the two groups of `span` is a four-digit year (19xx or 20xx) and the other has at most four digits.
    private static func isYearGroup(_ span: ArraySlice<UInt8>, groups: [Int]) -> Bool {
        let digits = Array(span.filter(ByteClass.isDigit))
        func isYear(_ start: Int) -> Bool {
            (digits[start] == 0x31 && digits[start + 1] == 0x39) || (digits[start] == 0x32 && digits[start + 1] == 0x30)
        }
        if groups[1] == 4 && groups[0] <= 4 && isYear(groups[0]) { return true }
        if groups[0] == 4 && groups[1] <= 4 && isYear(0) { return true }
        return false
    }

    /// Whether one space and a token of one to three upper-case letters and digits (at least one letter)
    /// stand just before `start`, the token itself after a line start, space or punctuation.
    private static func hasCodePrefix(_ bytes: [UInt8], before start: Int) -> Bool {
        guard start >= 2, bytes[start - 1] == 0x20 else { return false }
        var index = start - 2
        var hasUpper = false
        while index >= 0 && (ByteClass.isDigit(bytes[index]) || (0x41...0x5A).contains(bytes[index])) {
            if ByteClass.isASCIILetter(bytes[index]) { hasUpper = true }
            index -= 1
        }
        let length = start - 2 - index
        guard hasUpper && length >= 1 && length <= 3 else { return false }
        return index < 0 || !(ByteClass.isASCIIAlnum(bytes[index]) || bytes[index] >= 0x80)
    }

    private static func isSpaceLike(_ bytes: [UInt8], _ index: Int) -> Bool { bytes[index] == 0x20 || bytes[index] == 0x0A }

    /// The next word after `index` (skipping one space), lower case.
    private static func nextWord(_ bytes: [UInt8], from index: Int) -> String? {
        var start = index
        if start < bytes.count && bytes[start] == 0x20 { start += 1 }
        var end = start
        while end < bytes.count && end - start < 12 && bytes[end] != 0x20 && bytes[end] != 0x0A
                && bytes[end] != 0x2C && bytes[end] != 0x2E && bytes[end] != 0x29 && bytes[end] != 0x3B {
            end += 1
        }
        guard end > start else { return nil }
        return String(decoding: bytes[start..<end].map(ByteClass.lower), as: UTF8.self)
    }

    /// Whether `€`, `$`, `£` or `¥` (and at most one space) stands just before `start`.
    private static func followsCurrencySymbol(_ bytes: [UInt8], before start: Int) -> Bool {
        var index = start - 1
        if index >= 0 && bytes[index] == 0x20 { index -= 1 }
        guard index >= 0 else { return false }
        // An ASCII byte is a character of its own, and `$` is the one ASCII symbol of the four.
        if bytes[index] < 0x80 { return bytes[index] == 0x24 }
        guard let previous = previousSymbol(bytes, before: start) else { return false }
        return "€$£¥".contains(previous)
    }

    private static func previousSymbol(_ bytes: [UInt8], before start: Int) -> Character? {
        var index = start - 1
        if index >= 0 && bytes[index] == 0x20 { index -= 1 }
        guard index >= 0 else { return nil }
        var lead = index
        while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return String(decoding: bytes[lead...index], as: UTF8.self).last
    }
}

