import AgencyPluginAPI

/// The page's inline style, script, charts and closing sections.
enum HTMLAssets {
    /// The in-page anchor of a rule's description.
    static func anchor(_ rule: String) -> String {
        "rule-" + String(rule.unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                ? Character(scalar) : "-"
        })
    }

    static func summarySection(_ summary: ReportSummary) -> String {
        var text = "<section class=\"s-summary\"><h2>Summary</h2>\n<p class=\"totals\">\(h(ReportFormatting.totals(summary)))</p>\n"
        if !summary.sellers.isEmpty {
            text += "<table class=\"sellers\"><thead><tr><th>Seller</th><th>Name</th><th>Templates</th><th>Errors</th>"
                + "<th>Warnings</th><th>Notes</th></tr></thead><tbody>\n"
            for seller in summary.sellers {
                text += "<tr><td>\(h(seller.seller))</td><td>\(h(seller.name ?? ""))</td><td>\(seller.templates)</td>"
                    + "<td>\(seller.errors)</td><td>\(seller.warnings)</td><td>\(seller.notes)</td></tr>\n"
            }
            text += "</tbody></table>\n"
        }
        return text + "</section>\n"
    }

    /// A horizontal stacked bar chart (errors, warnings, notes) as inline SVG, largest first.
    static func barChart(title: String, counts: SeverityCounts, link: Bool) -> String {
        let items: [(String, SeverityCounts.Tally)] = counts.keys
            .compactMap { key in counts.counts[key].map { (key, $0) } }
            .sorted { $0.1.total != $1.1.total ? $0.1.total > $1.1.total : $0.0 < $1.0 }
        let largest = max(1, items.map(\.1.total).max() ?? 1)
        let rowHeight = 24, labelWidth = 210, barWidth = 300
        var svg = "<figure><figcaption>\(h(title))</figcaption>"
            + "<svg role=\"img\" aria-label=\"\(h(title))\" width=\"\(labelWidth + barWidth + 50)\" "
            + "height=\"\(max(1, items.count) * rowHeight + 4)\" viewBox=\"0 0 \(labelWidth + barWidth + 50) \(max(1, items.count) * rowHeight + 4)\">"
        for (row, item) in items.enumerated() {
            let y = row * rowHeight + 2
            let label = item.0.count > 30 ? String(item.0.prefix(29)) + "…" : item.0
            let text = "<text x=\"0\" y=\"\(y + 16)\">\(h(label))</text>"
            svg += link ? "<a href=\"#\(anchor(item.0))\">\(text)</a>" : text
            var x = labelWidth
            for (count, css) in [(item.1.errors, "error"), (item.1.warnings, "warning"), (item.1.notes, "note")] where count > 0 {
                let width = max(2, count * barWidth / largest)
                svg += "<rect class=\"\(css)\" x=\"\(x)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\">"
                    + "<title>\(h(item.0)): \(ReportFormatting.counted(count, css))</title></rect>"
                x += width
            }
            svg += "<text x=\"\(x + 6)\" y=\"\(y + 16)\">\(item.1.total)</text>"
        }
        return svg + "</svg></figure>"
    }

    /// A description of every reported rule, the target of the table's rule links.
    static func rulesSection(ids: [String], known: [RuleDescriptor]) -> String {
        var text = "<section class=\"s-rules\"><h2>Rules</h2>\n"
        for id in ids.sorted() {
            text += "<article id=\"\(anchor(id))\">"
            guard let rule = known.first(where: { $0.id == id }) else {
                text += "<h3><code>\(h(id))</code></h3><p>A custom rule of this workspace.</p></article>\n"
                continue
            }
            text += "<h3>\(h(rule.name)) <code>\(h(id))</code></h3><p>\(h(rule.summary))</p><p class=\"why\">\(h(rule.rationale))</p>"
            if let fix = rule.fix { text += "<p>Fix: \(h(fix))</p>" }
            // Only web links become links: a policy URL such as `javascript:` stays text.
            if let url = ReportFormatting.webURL(rule.policyURL) {
                text += "<p><a href=\"\(ReportFormatting.xmlAttribute(url))\" rel=\"noopener noreferrer\">Policy</a></p>"
            } else if !rule.policyURL.isEmpty {
                text += "<p>Policy: \(h(rule.policyURL))</p>"
            }
            text += "</article>\n"
        }
        return text + "</section>\n"
    }

    static let css = """
        body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em;color:#222}
        main{display:flex;flex-direction:column}.s-head{order:0}.s-summary{order:1}.s-charts{order:2}.s-table{order:3}.s-rules{order:4}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
        th{cursor:pointer;background:#f4f4f4}th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
        pre{margin:2px 0;white-space:pre-wrap;background:#f8f8f8}.fix{color:#256}td.msg{white-space:pre-wrap}.why{color:#555}
        .sev.error{color:#b00;font-weight:bold}.sev.warning{color:#a60}.sev.note{color:#057}
        rect.error{fill:#c33}rect.warning{fill:#e90}rect.note{fill:#39c}svg text{font-size:12px}
        .charts{display:flex;flex-wrap:wrap;gap:2em}.filters{margin:.5em 0}.totals{font-weight:bold}

        """

    static let script = """
        (function(){
        var table=document.getElementById('report');if(!table)return;
        var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows),heads=table.tHead.rows[0].cells;
        var filter=document.getElementById('filter'),severity=document.getElementById('severity'),shown=document.getElementById('shown');
        function key(cell){return cell.getAttribute('data-sort')||cell.textContent;}
        function apply(){var q=filter.value.toLowerCase(),s=severity?severity.value:'',n=0;
        rows.forEach(function(r){var ok=(!q||r.textContent.toLowerCase().indexOf(q)!==-1)&&(!s||r.getAttribute('data-severity')===s);r.hidden=!ok;if(ok)n++;});
        shown.textContent=n+' of '+rows.length+' shown';}
        Array.prototype.forEach.call(heads,function(th,i){th.tabIndex=0;th.addEventListener('click',function(){
        var dir=th.getAttribute('aria-sort')==='ascending'?-1:1;
        Array.prototype.forEach.call(heads,function(c){c.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',dir===1?'ascending':'descending');
        rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]),nx=Number(x),ny=Number(y);
        return dir*(x!==''&&y!==''&&!isNaN(nx)&&!isNaN(ny)?nx-ny:x.localeCompare(y));});
        rows.forEach(function(r){body.appendChild(r);});});});
        filter.addEventListener('input',apply);if(severity)severity.addEventListener('change',apply);apply();
        })();

        """

    private static func h(_ text: String) -> String { ReportFormatting.xmlEscaped(text) }
}
